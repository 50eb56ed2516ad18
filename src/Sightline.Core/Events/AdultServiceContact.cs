namespace Sightline.Core.Events;

/// <summary>An adult service sees a parent or carer. Wire kind <c>adult-service-contact</c>.</summary>
public sealed record AdultServiceContact : CaseEvent
{
    /// <summary>Why.</summary>
    public required AdultConcern Concern { get; init; }
}
