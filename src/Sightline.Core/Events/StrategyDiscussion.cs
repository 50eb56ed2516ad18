using Sightline.Core.Agencies;

namespace Sightline.Core.Events;

/// <summary>A multi-agency strategy discussion. Wire kind <c>strategy-discussion</c>.</summary>
public sealed record StrategyDiscussion : CaseEvent
{
    /// <summary>Agencies invited.</summary>
    public required IReadOnlyList<AgencyId> Invited { get; init; }

    /// <summary>Agencies that attended.</summary>
    public required IReadOnlyList<AgencyId> Attended { get; init; }

    /// <summary>What was decided.</summary>
    public required StrategyOutcome Outcome { get; init; }
}
