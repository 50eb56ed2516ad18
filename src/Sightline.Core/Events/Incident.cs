namespace Sightline.Core.Events;

/// <summary>The event that led to the review. Wire kind <c>incident</c>.</summary>
public sealed record Incident : CaseEvent
{
    /// <summary>Serious injury or death.</summary>
    public required IncidentType Type { get; init; }
}
