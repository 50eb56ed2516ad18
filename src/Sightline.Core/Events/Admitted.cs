namespace Sightline.Core.Events;

/// <summary>Admission to hospital. Wire kind <c>admitted</c>.</summary>
public sealed record Admitted : CaseEvent
{
    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
