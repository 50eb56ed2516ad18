using System.Diagnostics;

namespace Sightline.Demo.Tests;

public class ScaleAndMixTests(DefaultArea defaultArea) : IClassFixture<DefaultArea>
{
    [Fact]
    public void Ten_thousand_families_generate_with_unique_nhs_numbers()
    {
        var options = new DemoOptions { Families = 10_000, Today = DefaultArea.Today };
        var numbers = new HashSet<string>();
        var families = 0;
        var events = 0;
        var clock = Stopwatch.StartNew();

        foreach (var family in DemoArea.Families(options))
        {
            families++;
            events += family.Batch.Events.Count;
            foreach (var person in family.Batch.Persons.Where(p => p.NhsNumber is not null))
            {
                Assert.True(numbers.Add(person.NhsNumber!.Value.Value));
            }
        }

        Assert.Equal(10_000, families);
        Assert.InRange(events, 200_000, 2_000_000);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Most_families_see_universal_services_only_and_a_sixth_or_so_social_care()
    {
        var families = defaultArea.Area.Families;
        var beyondUniversal = families.Count(f => f.Involvement != Involvement.Universal) / (double)families.Count;

        Assert.InRange(beyondUniversal, 0.12, 0.30);
        Assert.Contains(families, f => f.Involvement == Involvement.ChildProtection && f.Pattern is null);
        Assert.Contains(families, f => f.Involvement == Involvement.ChildInNeed && f.Pattern is null);
        Assert.Contains(families, f => f.Involvement == Involvement.EarlyHelp);
    }

    [Fact]
    public void The_vocabulary_is_used_widely()
    {
        var kinds = defaultArea.AllEvents.Select(x => x.Sourced.Event.Kind).ToHashSet();

        Assert.All(
            ["born", "pregnancy", "development", "moved", "joined-household", "left-household", "gp-registered", "appointment",
             "contact", "growth", "injury", "attendance", "admitted", "discharged", "imaging", "imaging-reported", "medical",
             "referral", "records-requested", "information-shared", "acknowledged", "police-incident", "probation",
             "adult-service-contact", "assessment", "strategy-discussion", "s47-started", "s47-concluded", "safety-plan",
             "plan-started", "plan-ended", "conference", "supervision", "meeting", "separated", "incident"],
            kind => Assert.Contains(kind, kinds));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(DemoOptions.MaxFamilies + 1)]
    public void A_number_of_families_out_of_range_is_refused(int families)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoArea.Generate(new DemoOptions { Families = families, Today = DefaultArea.Today }));
    }
}
