using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Storage.Flags;

/// <summary>A child with an NHS number on an active plan: someone to try the flag check with.</summary>
/// <param name="Id">The child's record.</param>
/// <param name="Name">The child's name, when recorded.</param>
/// <param name="NhsNumber">The NHS number a clinician would enter.</param>
/// <param name="Plan">The active plan.</param>
/// <param name="LocalAuthority">The area holding the plan.</param>
public sealed record ChildOnPlan(PersonId Id, string? Name, NhsNumber NhsNumber, PlanType Plan, string LocalAuthority);
