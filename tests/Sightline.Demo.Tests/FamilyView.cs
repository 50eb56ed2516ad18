using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Demo.Tests;

/// <summary>Questions the tests ask of one family's batch.</summary>
public sealed class FamilyView(DemoFamily family)
{
    public IReadOnlyList<CaseEvent> Events { get; } = family.Batch.Events.Select(e => e.Event).ToList();

    public Person Person(PersonId id) => family.Batch.Persons.Single(p => p.Id == id);

    public Agency Agency(AgencyId id) => family.Batch.Agencies.Single(a => a.Id == id);

    public IEnumerable<T> Of<T>() where T : CaseEvent => Events.OfType<T>();

    /// <summary>The day a person was born: from the record, or from the born event of an unborn child.</summary>
    public DateOnly? BornOn(PersonId id) =>
        Person(id).Born ?? Of<Born>().Where(b => b.Subjects.Contains(id)).Select(b => (DateOnly?)b.Date).FirstOrDefault();

    public int? AgeInDays(PersonId id, DateOnly day) => BornOn(id) is { } born ? day.DayNumber - born.DayNumber : null;

    public IEnumerable<PersonId> ParentsOf(PersonId child) =>
        family.Batch.Relationships.Where(r => r.Type == RelationshipType.Parent && r.To == child).Select(r => r.From);

    public bool IsKind(AgencyId id, AgencyKind kind) => Agency(id).Kind == kind;
}
