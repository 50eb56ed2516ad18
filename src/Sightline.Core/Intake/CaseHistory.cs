using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Core.Intake;

/// <summary>
/// A family's world as the protocol engine sees it: the agencies, persons, relationships,
/// households at the start and the events in order. Case state is folded from this, so any past
/// day can be reconstructed.
/// </summary>
/// <param name="Agencies">Every agency that appears.</param>
/// <param name="Persons">Every person that appears.</param>
/// <param name="Relationships">Relationships between them.</param>
/// <param name="Households">Households before the first event.</param>
/// <param name="Events">The events in order.</param>
public sealed record CaseHistory(
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Person> Persons,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<Household> Households,
    IReadOnlyList<CaseEvent> Events);
