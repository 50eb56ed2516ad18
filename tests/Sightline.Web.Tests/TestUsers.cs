using Sightline.Core.Agencies;
using Sightline.Web.Access;

namespace Sightline.Web.Tests;

/// <summary>The accounts every test site has: one per role, for agencies involved with the Hart family or not.</summary>
public static class TestUsers
{
    /// <summary>An agency in another area with no record of the Harts.</summary>
    public static readonly AgencyId Police = new("web.eastbrook-police");

    /// <summary>The children's social care of the every-kind scenario.</summary>
    public static readonly AgencyId WestfordCsc = new("every-kind.westford-csc");

    public static IReadOnlyList<TestUser> All { get; } =
    [
        new("hv", HartFamily.Hv, SightlineRoles.Practitioner),
        new("csc", HartFamily.Csc, SightlineRoles.Practitioner),
        new("lead", HartFamily.Csc, SightlineRoles.SafeguardingLead),
        new("manager", HartFamily.Hv, SightlineRoles.Manager),
        new("police", Police, SightlineRoles.Practitioner),
        new("police-glass", Police, SightlineRoles.Practitioner),
        new("police-lead", Police, SightlineRoles.SafeguardingLead),
        new("analyst", HartFamily.Csc, SightlineRoles.Analyst),
        new("admin", HartFamily.Csc, SightlineRoles.Administrator),
        new("westford", WestfordCsc, SightlineRoles.Practitioner),
        new("locked", HartFamily.Hv, SightlineRoles.Practitioner),
        new("limited", HartFamily.Hv, SightlineRoles.Practitioner),
    ];
}
