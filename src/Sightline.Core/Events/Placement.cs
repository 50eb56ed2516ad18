namespace Sightline.Core.Events;

/// <summary>A child is placed away from parents. Wire kind <c>placement</c>.</summary>
public sealed record Placement : CaseEvent
{
    /// <summary>The kind of placement.</summary>
    public required PlacementType Type { get; init; }
}
