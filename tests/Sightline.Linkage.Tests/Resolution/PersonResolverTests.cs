using Sightline.Core.Persons;
using Sightline.Linkage.Resolution;

namespace Sightline.Linkage.Tests.Resolution;

public sealed class PersonResolverTests
{
    private static readonly PersonResolver Resolver = PersonResolver.Default;

    private static Person Record(string id, string? name, string? born, Sex sex = Sex.Male, string? nhs = null, string? postcode = null, PersonRole role = PersonRole.Father) => new()
    {
        Id = new PersonId(id),
        Role = role,
        Sex = sex,
        Name = name,
        Born = born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture),
        NhsNumber = nhs is null ? null : NhsNumber.Parse(nhs),
        Postcode = postcode is null ? null : UkPostcode.Parse(postcode),
    };

    [Fact]
    public void The_same_valid_NHS_number_links_at_once_whatever_the_names_say()
    {
        var health = Record("hv:1", "Dean Smith", "1990-03-02", nhs: "9434765919");
        var probation = Record("prob:7", "Deano Smyth", null, nhs: "943 476 5919");

        var decision = Assert.Single(Resolver.Decide(probation, [health]));

        Assert.Equal((ResolutionOutcome.Link, ResolutionMethod.NhsNumber, 1.0), (decision.Outcome, decision.Method, decision.Probability));
    }

    [Fact]
    public void Two_different_valid_NHS_numbers_are_two_people_even_with_the_same_name_and_birthday()
    {
        var twin = Record("hv:1", "Sam Hart", "2024-05-01", nhs: "9434765919", role: PersonRole.Child);
        var otherTwin = Record("gp:2", "Sam Hart", "2024-05-01", nhs: "9434765870", role: PersonRole.Child);

        Assert.Empty(Resolver.Decide(otherTwin, [twin]));
    }

    [Fact]
    public void A_full_name_and_date_of_birth_link_records_without_NHS_numbers()
    {
        var health = Record("hv:1", "Dean Smith", "1990-03-02", postcode: "SE11 5QY");
        var probation = Record("prob:7", "Dean Smith", "1990-03-02");

        var decision = Assert.Single(Resolver.Decide(probation, [health]));

        Assert.Equal((ResolutionOutcome.Link, ResolutionMethod.Model), (decision.Outcome, decision.Method));
        Assert.True(decision.Probability >= ResolutionThresholds.Default.Link);
        Assert.Contains(decision.Evidence, e => e is { Comparison: "date_of_birth", Level: "exact" } && e.Weight > 0);
    }

    [Fact]
    public void A_nickname_and_a_mistyped_day_of_birth_go_to_review_with_the_evidence()
    {
        var health = Record("hv:1", "William Jarvis", "1988-04-11");
        var police = Record("police:3", "Bill Jarvis", "1988-04-12", sex: Sex.Unknown);

        var decision = Assert.Single(Resolver.Decide(police, [health]));

        Assert.Equal(ResolutionOutcome.Review, decision.Outcome);
        Assert.InRange(decision.Probability, ResolutionThresholds.Default.Review, ResolutionThresholds.Default.Link);
        Assert.Contains(decision.Evidence, e => e is { Comparison: "given_name", Level: "alias" });
        Assert.Contains(decision.Evidence, e => e is { Comparison: "date_of_birth", Level: "one_part_different" });
    }

    [Fact]
    public void A_different_man_of_the_same_surname_is_left_apart()
    {
        var father = Record("hv:1", "Dean Smith", "1990-03-02");
        var brother = Record("police:9", "Craig Smith", "1986-07-19");

        Assert.Empty(Resolver.Decide(brother, [father]));
    }

    [Fact]
    public void Unborn_children_and_records_with_nothing_to_compare_are_never_resolved()
    {
        var unborn = Record("mw:1", "Baby Smith", null, sex: Sex.Unknown, role: PersonRole.Unborn);
        var otherUnborn = Record("hv:1", "Baby Smith", null, sex: Sex.Unknown, role: PersonRole.Unborn);
        var nameless = Record("police:4", null, "1990-03-02");

        Assert.Empty(Resolver.Decide(unborn, [otherUnborn]));
        Assert.False(PersonResolver.IsResolvable(nameless));
        Assert.Empty(Resolver.Decide(nameless, [Record("hv:2", "Dean Smith", "1990-03-02")]));
    }

    [Fact]
    public void Decisions_come_strongest_first()
    {
        var incoming = Record("prob:7", "Dean Smith", "1990-03-02");
        var exact = Record("hv:1", "Dean Smith", "1990-03-02");
        var maybe = Record("gp:5", "Dean Smith", "1990-02-03");

        var decisions = Resolver.Decide(incoming, [maybe, exact]);

        Assert.Equal("hv:1", decisions[0].Known.Value);
    }

    [Theory]
    [InlineData(0.5, 0.6, "below")]
    [InlineData(1.0, 0.5, "between 0 and 1")]
    public void Unusable_thresholds_are_named(double link, double review, string problem)
    {
        Assert.Contains(problem, new ResolutionThresholds(link, review).Problem(), StringComparison.Ordinal);
    }
}
