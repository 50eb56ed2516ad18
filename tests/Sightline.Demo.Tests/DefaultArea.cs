using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Demo.Tests;

/// <summary>The area at the default options, generated once for all the tests that only read it.</summary>
public sealed class DefaultArea
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    public GeneratedArea Area { get; } = DemoArea.Generate(new DemoOptions { Today = Today });

    public IEnumerable<(DemoFamily Family, SourcedEvent Sourced)> AllEvents =>
        Area.Families.SelectMany(f => f.Batch.Events.Select(e => (f, e)));

    public IEnumerable<Person> AllPersons => Area.Families.SelectMany(f => f.Batch.Persons);

    public DemoFamily FamilyWith(ReviewPattern pattern) => Area.Families.Single(f => f.Pattern == pattern);
}
