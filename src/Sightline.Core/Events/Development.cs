using Sightline.Core.Persons;

namespace Sightline.Core.Events;

/// <summary>A child's mobility is observed. Wire kind <c>development</c>.</summary>
public sealed record Development : CaseEvent
{
    /// <summary>The mobility seen.</summary>
    public required Mobility Mobility { get; init; }
}
