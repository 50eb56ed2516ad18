namespace Sightline.Core.Events;

/// <summary>Discharge from hospital. Wire kind <c>discharged</c>.</summary>
public sealed record Discharged : CaseEvent
{
    /// <summary>Why, or to where.</summary>
    public required string Reason { get; init; }
}
