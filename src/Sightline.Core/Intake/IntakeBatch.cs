using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Core.Intake;

/// <summary>
/// Everything one delivery brings: the agencies and persons it mentions, their relationships and
/// households as first known, and its events in order. A batch is accepted or rejected whole.
/// </summary>
public sealed record IntakeBatch
{
    /// <summary>Agencies the batch mentions.</summary>
    public IReadOnlyList<Agency> Agencies { get; init; } = [];

    /// <summary>Persons the batch mentions.</summary>
    public IReadOnlyList<Person> Persons { get; init; } = [];

    /// <summary>Relationships between those persons.</summary>
    public IReadOnlyList<Relationship> Relationships { get; init; } = [];

    /// <summary>Households as they stood before the first event.</summary>
    public IReadOnlyList<Household> Households { get; init; } = [];

    /// <summary>
    /// True when the sender has already made each person one record — a scenario file, a
    /// reconstructed or generated family — so its persons are not compared with other records:
    /// two such files are separate worlds, and an example NHS number used in both must not make
    /// their people one. Agency feeds leave it false and every person they send is resolved.
    /// </summary>
    public bool PersonsAlreadyResolved { get; init; }

    /// <summary>Events in the order they happened (same-day events in the order given).</summary>
    public IReadOnlyList<SourcedEvent> Events { get; init; } = [];
}
