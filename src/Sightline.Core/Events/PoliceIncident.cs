namespace Sightline.Core.Events;

/// <summary>A police incident; subjects are the persons involved. Wire kind <c>police-incident</c>.</summary>
public sealed record PoliceIncident : CaseEvent
{
    /// <summary>The kind of incident.</summary>
    public required PoliceIncidentType Type { get; init; }
}
