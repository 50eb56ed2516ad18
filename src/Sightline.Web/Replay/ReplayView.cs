namespace Sightline.Web.Replay;

/// <summary>What the replay page shows of one uploaded scenario.</summary>
internal sealed record ReplayView
{
    /// <summary>The scenario's id.</summary>
    public required string Id { get; init; }

    /// <summary>The scenario's title.</summary>
    public required string Title { get; init; }

    /// <summary>The briefing it was reconstructed from.</summary>
    public required string Source { get; init; }

    /// <summary>The calendar date of day 0.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>How many events the file holds.</summary>
    public required int EventCount { get; init; }

    /// <summary>How many alerts the replay raised.</summary>
    public required int AlertCount { get; init; }

    /// <summary>The days on which something was recorded or raised, earliest first.</summary>
    public required IReadOnlyList<ReplayDay> Days { get; init; }

    /// <summary>The file's expected and forbidden alerts with their results; empty when it has none.</summary>
    public required IReadOnlyList<ReplayCheckLine> Checks { get; init; }

    /// <summary>Steps still waiting when the replay ended, with their due dates.</summary>
    public required IReadOnlyList<ReplayAlertLine> StillOpen { get; init; }
}
