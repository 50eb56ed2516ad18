using Sightline.Core.Events;

namespace Sightline.Storage.Protocols;

/// <summary>An active plan, as the flags on a child show it.</summary>
/// <param name="Plan">The plan's type.</param>
/// <param name="LocalAuthority">The area holding it.</param>
/// <param name="Started">When it started.</param>
public sealed record PlanFlag(PlanType Plan, string LocalAuthority, DateOnly Started);
