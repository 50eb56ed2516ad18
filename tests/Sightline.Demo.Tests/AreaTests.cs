using Sightline.Core.Agencies;

namespace Sightline.Demo.Tests;

public class AreaTests(DefaultArea defaultArea) : IClassFixture<DefaultArea>
{
    [Fact]
    public void There_are_several_neighbouring_local_authorities()
    {
        Assert.InRange(defaultArea.Area.LocalAuthorities.Count, 3, 4);
        Assert.Equal(defaultArea.Area.LocalAuthorities.Count, defaultArea.Area.LocalAuthorities.Distinct().Count());
    }

    [Fact]
    public void Every_area_has_an_agency_of_every_kind()
    {
        foreach (var area in defaultArea.Area.LocalAuthorities)
        {
            var kinds = defaultArea.Area.Agencies.Where(a => a.LocalAuthority == area).Select(a => a.Kind).ToHashSet();
            Assert.All(Enum.GetValues<AgencyKind>(), kind => Assert.Contains(kind, kinds));
        }
    }

    [Fact]
    public void Each_area_has_a_few_gp_practices()
    {
        foreach (var area in defaultArea.Area.LocalAuthorities)
        {
            Assert.InRange(defaultArea.Area.Agencies.Count(a => a.LocalAuthority == area && a.Kind == AgencyKind.Gp), 2, 5);
        }
    }

    [Fact]
    public void Each_areas_childrens_social_care_has_a_front_door_and_out_of_hours_number_that_reach_no_one()
    {
        var socialCare = defaultArea.Area.Agencies.Where(a => a.Kind == AgencyKind.ChildrensSocialCare).ToList();

        Assert.Equal(defaultArea.Area.LocalAuthorities.Count, socialCare.Count);
        Assert.All(socialCare, a =>
        {
            Assert.Matches("^01632 960 [0-9]{3}$", a.Contact?.Phone);
            Assert.Matches("^01632 960 [0-9]{3}$", a.Contact?.OutOfHoursPhone);
            Assert.EndsWith(".example.org", a.Contact?.Email, StringComparison.Ordinal);
        });
        Assert.Equal(socialCare.Count, socialCare.Select(a => a.Contact!.Phone).Distinct().Count());
        Assert.All(defaultArea.Area.Agencies.Where(a => a.Kind != AgencyKind.ChildrensSocialCare), a => Assert.Null(a.Contact));
    }

    [Fact]
    public void Agency_ids_are_readable_and_unique()
    {
        var ids = defaultArea.Area.Agencies.Select(a => a.Id.Value).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^demo\\.[a-z]+-[a-z0-9-]+$", id));
        Assert.Contains("demo.aldermere-csc", ids);
    }

    [Fact]
    public void A_batch_carries_every_agency_it_names_and_no_other()
    {
        foreach (var family in defaultArea.Area.Families)
        {
            var named = family.Batch.Events.SelectMany(e => References.Agencies(e.Event))
                .Concat(family.Batch.Persons.SelectMany(p => p.History).SelectMany(h => h.KnownTo))
                .ToHashSet();
            Assert.Equal(named.OrderBy(a => a.Value), family.Batch.Agencies.Select(a => a.Id).OrderBy(a => a.Value));
            Assert.All(family.Batch.Agencies, a => Assert.Contains(a, defaultArea.Area.Agencies));
        }
    }
}
