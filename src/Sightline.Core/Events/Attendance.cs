namespace Sightline.Core.Events;

/// <summary>An unscheduled-care attendance. Wire kind <c>attendance</c>.</summary>
public sealed record Attendance : CaseEvent
{
    /// <summary>Where the child attended.</summary>
    public required CareSetting Setting { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
