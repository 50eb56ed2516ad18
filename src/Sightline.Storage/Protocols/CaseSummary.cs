using Sightline.Core.Persons;

namespace Sightline.Storage.Protocols;

/// <summary>A child's flags at the family's last run: active plans and how many alerts name them.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="Plans">Active plans.</param>
/// <param name="Alerts">Alerts naming the child.</param>
/// <param name="LatestAlert">The day of the latest of them, if any.</param>
public sealed record CaseSummary(PersonId ChildId, IReadOnlyList<PlanFlag> Plans, int Alerts, DateOnly? LatestAlert);
