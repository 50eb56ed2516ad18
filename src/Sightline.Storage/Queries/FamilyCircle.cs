using Sightline.Core.Households;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Storage.Queries;

/// <summary>The people immediately around a person: whom they live with and whom they are related to.</summary>
/// <param name="Person">The person.</param>
/// <param name="Households">The households, as first known, that the person belongs to.</param>
/// <param name="Relationships">The relationships from or to the person.</param>
/// <param name="Relatives">Everyone else in those households and relationships.</param>
public sealed record FamilyCircle(
    Person Person,
    IReadOnlyList<Household> Households,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<Person> Relatives);
