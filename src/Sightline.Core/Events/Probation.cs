namespace Sightline.Core.Events;

/// <summary>A change in probation supervision. Wire kind <c>probation</c>.</summary>
public sealed record Probation : CaseEvent
{
    /// <summary>The new status.</summary>
    public required ProbationStatus Status { get; init; }

    /// <summary>The offence, if recorded.</summary>
    public string? Offence { get; init; }
}
