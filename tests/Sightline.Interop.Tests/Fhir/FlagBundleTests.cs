using System.Text.Json;
using System.Text.RegularExpressions;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Interop.Fhir.Flags;

namespace Sightline.Interop.Tests.Fhir;

public sealed partial class FlagBundleTests
{
    private static readonly NhsNumber Ruby = NhsNumber.Parse("943 476 5927");
    private static readonly Uri Base = new("https://sightline.example/fhir");
    private static readonly Uri Self = new("https://sightline.example/fhir/Flag?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|9434765927");
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static readonly Agency Northmoor = new(new AgencyId("web.northmoor-csc"), "Northmoor Children's Social Care", AgencyKind.ChildrensSocialCare, "Northmoor")
    {
        Contact = new AgencyContact("01632 960 001", "front.door@northmoor.example", "01632 960 101"),
    };

    [Fact]
    public void An_active_plan_is_a_searchset_with_one_active_flag_naming_the_subject_the_area_and_its_contacts()
    {
        var flag = new SafeguardingFlag("web.hart.ruby|web.hart.ruby|child-protection|2026-10-05", Ruby, "Ruby Hart",
            PlanType.ChildProtection, PlanCategory.Neglect, new(2026, 10, 5), null, null, new ResponsibleArea("Northmoor", Northmoor));

        using var json = JsonDocument.Parse(FlagBundle.Searchset([flag], Base, Self, At));
        var bundle = json.RootElement;

        Assert.Equal(("Bundle", "searchset", 1, "2026-11-23T10:00:00Z"),
            (bundle.GetProperty("resourceType").GetString(), bundle.GetProperty("type").GetString(), bundle.GetProperty("total").GetInt32(), bundle.GetProperty("timestamp").GetString()));
        Assert.Equal(Self.AbsoluteUri, bundle.GetProperty("link")[0].GetProperty("url").GetString());
        var entry = Assert.Single(bundle.GetProperty("entry").EnumerateArray());
        Assert.Equal("match", entry.GetProperty("search").GetProperty("mode").GetString());
        var resource = entry.GetProperty("resource");
        var id = resource.GetProperty("id").GetString()!;
        Assert.Matches(IdShape(), id);
        Assert.Equal($"https://sightline.example/fhir/Flag/{id}", entry.GetProperty("fullUrl").GetString());
        Assert.Equal("Flag", resource.GetProperty("resourceType").GetString());
        Assert.Equal("active", resource.GetProperty("status").GetString());
        Assert.Equal("safety", resource.GetProperty("category")[0].GetProperty("coding")[0].GetProperty("code").GetString());
        var code = resource.GetProperty("code").GetProperty("coding")[0];
        Assert.Equal((FlagBundle.PlanTypeSystem, "child-protection", "Child protection"),
            (code.GetProperty("system").GetString(), code.GetProperty("code").GetString(), code.GetProperty("display").GetString()));
        var subject = resource.GetProperty("subject");
        Assert.Equal(("https://fhir.nhs.uk/Id/nhs-number", "9434765927", "Ruby Hart"),
            (subject.GetProperty("identifier").GetProperty("system").GetString(), subject.GetProperty("identifier").GetProperty("value").GetString(), subject.GetProperty("display").GetString()));
        Assert.Equal("2026-10-05", resource.GetProperty("period").GetProperty("start").GetString());
        Assert.False(resource.GetProperty("period").TryGetProperty("end", out _));
        Assert.Equal(("web.northmoor-csc", "Northmoor Children's Social Care"),
            (resource.GetProperty("author").GetProperty("identifier").GetProperty("value").GetString(), resource.GetProperty("author").GetProperty("display").GetString()));
        var area = Assert.Single(resource.GetProperty("extension").EnumerateArray());
        Assert.Equal(FlagBundle.ResponsibleAreaExtension, area.GetProperty("url").GetString());
        var parts = area.GetProperty("extension").EnumerateArray().ToDictionary(e => e.GetProperty("url").GetString()!);
        Assert.Equal("Northmoor", parts["localAuthority"].GetProperty("valueString").GetString());
        Assert.Equal(("phone", "01632 960 001"), ContactPoint(parts["phone"]));
        Assert.Equal(("email", "front.door@northmoor.example"), ContactPoint(parts["email"]));
        Assert.Equal(("phone", "01632 960 101"), ContactPoint(parts["outOfHoursPhone"]));
        var div = resource.GetProperty("text").GetProperty("div").GetString();
        Assert.Equal(
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Ruby Hart is on a child protection plan (neglect) since 5 Oct 2026, held by Northmoor. "
            + "Contact Northmoor Children&#39;s Social Care: 01632 960 001, front.door@northmoor.example. Out of hours: 01632 960 101.</p></div>",
            div);
    }

    [Fact]
    public void An_ended_plan_of_a_household_member_is_inactive_with_its_end_and_the_member_named()
    {
        var flag = new SafeguardingFlag("k", Ruby, "Ruby Hart", PlanType.LookedAfter, null, new(2025, 1, 2), new(2026, 3, 4), "Jack <Hart>",
            new ResponsibleArea("Eastbrook", null));

        using var json = JsonDocument.Parse(FlagBundle.Searchset([flag], Base, Self, At));
        var resource = json.RootElement.GetProperty("entry")[0].GetProperty("resource");

        Assert.Equal("inactive", resource.GetProperty("status").GetString());
        Assert.Equal("2026-03-04", resource.GetProperty("period").GetProperty("end").GetString());
        Assert.Equal("Household member (Jack <Hart>) on a looked after plan", resource.GetProperty("code").GetProperty("text").GetString());
        var member = resource.GetProperty("extension").EnumerateArray().Single(e => e.GetProperty("url").GetString() == FlagBundle.HouseholdMemberExtension);
        Assert.Equal("Jack <Hart>", member.GetProperty("valueString").GetString());
        Assert.Equal("Eastbrook children's social care", resource.GetProperty("author").GetProperty("display").GetString());
        Assert.False(resource.GetProperty("author").TryGetProperty("identifier", out _));
        Assert.Contains("Jack &lt;Hart&gt;, who lives with Ruby Hart, was on a looked after plan from 2 Jan 2025 to 4 Mar 2026, held by Eastbrook. Contact Eastbrook children&#39;s social care.",
            resource.GetProperty("text").GetProperty("div").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_flags_is_an_empty_searchset_with_total_zero_and_no_entries()
    {
        using var json = JsonDocument.Parse(FlagBundle.Searchset([], Base, Self, At));

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.False(json.RootElement.TryGetProperty("entry", out _));
    }

    [Fact]
    public void Ids_are_stable_per_key_and_differ_between_keys()
    {
        Assert.Equal(FlagBundle.IdOf("a|b"), FlagBundle.IdOf("a|b"));
        Assert.NotEqual(FlagBundle.IdOf("a|b"), FlagBundle.IdOf("a|c"));
        Assert.Matches(IdShape(), FlagBundle.IdOf("demo:f0042.child1|x"));
    }

    [Fact]
    public void A_plan_that_ends_before_it_starts_is_refused()
    {
        var flag = new SafeguardingFlag("k", Ruby, null, PlanType.ChildProtection, null, new(2026, 3, 4), new(2026, 3, 3), null, new ResponsibleArea("Eastbrook", null));

        var error = Assert.Throws<ArgumentException>(() => FlagBundle.Searchset([flag], Base, Self, At));
        Assert.Contains("ends (2026-03-03) before it starts (2026-03-04)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://fhir.nhs.uk/Id/nhs-number|9434765927", null)]
    [InlineData("https://fhir.nhs.uk/Id/nhs-number|943 476 5927", null)]
    [InlineData("9434765927", "patient.identifier must name the identifier system: https://fhir.nhs.uk/Id/nhs-number|NNNNNNNNNN")]
    [InlineData("http://example.org/mrn|123", "patient.identifier: the identifier system 'http://example.org/mrn' is not supported; only https://fhir.nhs.uk/Id/nhs-number")]
    [InlineData("https://fhir.nhs.uk/Id/nhs-number|9434765928", "patient.identifier: '9434765928' is not a valid NHS number (ten digits whose last passes the Modulus 11 check)")]
    [InlineData("", "patient.identifier is required: patient.identifier=https://fhir.nhs.uk/Id/nhs-number|NNNNNNNNNN")]
    public void The_search_parameter_is_read_or_its_problem_named(string value, string? problem)
    {
        var ok = FlagSearch.TryRead([value], out var number, out var said);

        Assert.Equal(problem is null, ok);
        Assert.Equal(problem, said);
        if (ok)
        {
            Assert.Equal(Ruby, number);
        }
    }

    [Fact]
    public void The_search_parameter_given_twice_is_refused()
    {
        Assert.False(FlagSearch.TryRead(["a", "b"], out _, out var problem));
        Assert.Equal("patient.identifier is given 2 times; give it once", problem);
    }

    private static (string?, string?) ContactPoint(JsonElement extension)
    {
        var point = extension.GetProperty("valueContactPoint");
        return (point.GetProperty("system").GetString(), point.GetProperty("value").GetString());
    }

    [GeneratedRegex("^[A-Za-z0-9\\-.]{1,64}$")]
    private static partial Regex IdShape();
}
