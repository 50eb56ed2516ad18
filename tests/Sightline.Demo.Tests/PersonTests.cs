using Sightline.Core.Persons;

namespace Sightline.Demo.Tests;

public class PersonTests(DefaultArea defaultArea) : IClassFixture<DefaultArea>
{
    [Fact]
    public void Every_nhs_number_is_valid_in_the_test_range_and_unique()
    {
        var numbers = defaultArea.AllPersons.Where(p => p.NhsNumber is not null).Select(p => p.NhsNumber!.Value.Value).ToList();

        Assert.All(numbers, n =>
        {
            Assert.True(NhsNumber.TryParse(n, out _), n);
            Assert.StartsWith("999", n, StringComparison.Ordinal);
        });
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void Everyone_but_a_baby_not_yet_born_has_an_nhs_number_and_a_first_and_last_name()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var bornInHistory = family.Batch.Events.Select(e => e.Event).OfType<Core.Events.Born>().SelectMany(b => b.Subjects).ToHashSet();
            foreach (var person in family.Batch.Persons.Where(p => p.Role != PersonRole.Unborn || bornInHistory.Contains(p.Id)))
            {
                Assert.NotNull(person.NhsNumber);
                Assert.Matches("^[A-Z][a-z]+ [A-Z][a-z]+$", person.Name);
            }
        }
    }

    [Fact]
    public void Person_ids_are_readable_and_start_with_the_family_id()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            Assert.Matches("^demo\\.f\\d{4,}$", family.Id);
            Assert.All(family.Batch.Persons, p => Assert.Matches($"^{family.Id.Replace(".", "\\.", StringComparison.Ordinal)}\\.(mother|father|partner|grandparent|child\\d+)$", p.Id.Value));
            Assert.Equal(family.Batch.Persons.Count, family.Batch.Persons.Select(p => p.Id).Distinct().Count());
        }
    }

    [Fact]
    public void Each_person_lives_in_at_most_one_household_and_an_unborn_baby_with_its_mother()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var members = family.Batch.Households.SelectMany(h => h.Members).ToList();
            Assert.Equal(members.Count, members.Distinct().Count());
            var mothersHome = family.Batch.Households.Single(h => h.Members.Any(m => m.Value.EndsWith(".mother", StringComparison.Ordinal)));
            Assert.All(family.Batch.Persons.Where(p => p.Role == PersonRole.Unborn), u => Assert.Contains(u.Id, mothersHome.Members));
        }
    }

    [Fact]
    public void Only_children_have_a_recorded_mobility()
    {
        Assert.All(defaultArea.AllPersons.Where(p => p.Mobility is not null), p => Assert.Equal(PersonRole.Child, p.Role));
    }
}
