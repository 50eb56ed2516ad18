using Sightline.Core.Agencies;

namespace Sightline.Core.Events;

/// <summary>A safety plan is made. Wire kind <c>safety-plan</c>.</summary>
public sealed record SafetyPlan : CaseEvent
{
    /// <summary>Whether it is written down.</summary>
    public required bool Written { get; init; }

    /// <summary>The agencies it was shared with.</summary>
    public required IReadOnlyList<AgencyId> SharedWith { get; init; }
}
