using Sightline.Core.Persons;
using Sightline.Linkage.Demographics;

namespace Sightline.Linkage.Tests.Demographics;

public sealed class DemographicMatcherTests
{
    private static readonly DateOnly Born = new(2024, 5, 3);
    private static readonly DemographicMatcher Matcher = new();

    [Theory]
    [InlineData("Ruby Hart", "NM1 4AB", "Ruby Hart", "NM1 4AB", 0.99999)]
    [InlineData("Ruby Hart", "NM1 4XY", "Ruby Hart", "NM1 4AB", 0.9998)]
    [InlineData("RUBY  hart", "nm14ab", "Ruby Hart", "NM1 4AB", 0.99999)]
    [InlineData("Bill Hart", "NM1 4AB", "William Hart", "NM1 4AB", 0.99998)]
    [InlineData("Ruby Hartt", "NM1 4AB", "Ruby Hart", "NM1 4AB", 0.9998)]
    [InlineData("Ruby May Hart", "NM1 4AB", "Ruby Hart", "NM1 4AB", 0.99999)]
    [InlineData("Zoe Smith-Jones", "NM1 4AB", "Zoë Jones", "NM1 4AB", 0.99999)]
    public void The_same_child_spelt_or_addressed_a_little_differently_is_a_confident_match(string name, string postcode, string stored, string storedPostcode, double atLeast)
    {
        var match = Assert.Single(Matcher.Score(new DemographicQuery(name, Born, UkPostcode.Parse(postcode)), [Child(stored, storedPostcode)]));

        Assert.True(match.Probability >= atLeast, $"{match.Probability} < {atLeast}: {string.Join("; ", match.Evidence)}");
        Assert.True(match.IsConfident);
    }

    [Theory]
    [InlineData("Ruby Hart", null, "Ruby Hart", "NM1 4AB", 0.93, 0.95)]
    [InlineData("Ruby Hart", "ZZ9 9ZZ", "Ruby Hart", "NM1 4AB", 0.55, 0.65)]
    [InlineData("Jack Hart", "NM1 4AB", "Ruby Hart", "NM1 4AB", 0.97, 0.99)]
    [InlineData("Ruby Smith", "NM1 4AB", "Ruby Hart", "NM1 4AB", 0.9, 0.99)]
    [InlineData("Ruby Hart", "NM1 4AB", "Ruby Hart", null, 0.93, 0.95)]
    public void Too_little_agreement_is_not_confident(string name, string? postcode, string stored, string? storedPostcode, double from, double to)
    {
        var query = new DemographicQuery(name, Born, postcode is null ? null : UkPostcode.Parse(postcode));

        var match = Assert.Single(Matcher.Score(query, [Child(stored, storedPostcode)]));

        Assert.InRange(match.Probability, from, to);
        Assert.False(match.IsConfident);
    }

    [Fact]
    public void Candidates_born_on_another_day_are_left_out_and_the_rest_come_best_first_with_their_evidence()
    {
        var twin = Child("Jack Hart", "NM1 4AB", "twin");
        var ruby = Child("Ruby Hart", "NM1 4AB", "ruby");
        var older = Child("Ruby Hart", "NM1 4AB", "older") with { Born = Born.AddYears(-2) };

        var matches = Matcher.Score(new DemographicQuery("Ruby Hart", Born, UkPostcode.Parse("NM1 4AB")), [twin, older, ruby]);

        Assert.Equal([ruby.Id, twin.Id], matches.Select(m => m.Person.Id));
        Assert.Equal(
            ["date of birth: exact", "given name: exact", "family name: exact", "postcode: same postcode"],
            matches[0].Evidence);
        Assert.Equal("given name: different", matches[1].Evidence[1]);
    }

    [Fact]
    public void Only_confident_matches_are_kept_when_asked_for_them()
    {
        var twin = Child("Jack Hart", "NM1 4AB", "twin");
        var ruby = Child("Ruby Hart", "NM1 4AB", "ruby");
        var query = new DemographicQuery("Ruby Hart", Born, UkPostcode.Parse("NM1 4AB"));

        var confident = Assert.Single(Matcher.Confident(query, [twin, ruby]));

        var scored = Matcher.Score(query, [ruby])[0];
        Assert.Equal((scored.Person, scored.Probability, scored.Weight), (confident.Person, confident.Probability, confident.Weight));
        Assert.Equal(scored.Evidence, confident.Evidence);
    }

    [Fact]
    public void No_candidate_outside_the_postcode_district_can_match_confidently_so_callers_may_look_only_there()
    {
        var elsewhere = Child("Ruby Hart", "ZZ9 9ZZ");
        var nowhere = Child("Ruby Hart", null);

        Assert.True(DemographicMatcher.NeedsPostcodeDistrict);
        Assert.Empty(Matcher.Confident(new DemographicQuery("Ruby Hart", Born, UkPostcode.Parse("NM1 4AB")), [elsewhere, nowhere]));
        Assert.Empty(Matcher.Confident(new DemographicQuery("Ruby Hart", Born, null), [Child("Ruby Hart", "NM1 4AB")]));
        Assert.Single(Matcher.Confident(new DemographicQuery("Ruby Hart", Born, UkPostcode.Parse("NM1 9ZZ")), [Child("Ruby Hart", "NM1 4AB")]));
    }

    private static Person Child(string name, string? postcode, string id = "c") => new()
    {
        Id = new PersonId(id),
        Role = PersonRole.Child,
        Sex = Sex.Female,
        Born = Born,
        Name = name,
        Postcode = postcode is null ? null : UkPostcode.Parse(postcode),
    };
}
