using Sightline.Core.Agencies;
using Sightline.Core.Intake;
using Sightline.Core.Persons;

namespace Sightline.Core.Tests.Intake;

public sealed class AgencyRecordTests
{
    [Fact]
    public void An_agency_record_id_is_the_agency_and_its_local_id()
    {
        var id = AgencyRecord.PersonId(new AgencyId("aldermere-hv"), "P-00123");

        Assert.Equal("aldermere-hv:P-00123", id.Value);
        Assert.True(AgencyRecord.TrySplit(id, out var agency, out var local));
        Assert.Equal(("aldermere-hv", "P-00123"), (agency.Value, local));
    }

    [Fact]
    public void Two_agencies_using_the_same_local_id_keep_two_records()
    {
        Assert.NotEqual(
            AgencyRecord.PersonId(new AgencyId("hv"), "1001"),
            AgencyRecord.PersonId(new AgencyId("probation"), "1001"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a b", "visible ASCII")]
    [InlineData("a/b", "visible ASCII")]
    [InlineData("caf\u00e9", "visible ASCII")]
    public void An_unusable_local_id_is_refused_with_the_reason(string localId, string reason)
    {
        Assert.Contains(reason, AgencyRecord.Problem(localId), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AgencyRecord.PersonId(new AgencyId("hv"), localId));
    }

    [Fact]
    public void A_scenario_id_is_no_agency_record()
    {
        Assert.False(AgencyRecord.TrySplit(new PersonId("baby-r.mother"), out _, out _));
    }
}
