using Sightline.Web.Access;

namespace Sightline.Browser.Tests;

/// <summary>The accounts the site under test has.</summary>
public static class BrowserUsers
{
    /// <summary>A health visitor of the Lanes' area: involved with Poppy.</summary>
    public static BrowserUser HealthVisitor { get; } = new("hv", LaneFamily.Hv, SightlineRoles.Practitioner);

    /// <summary>The safeguarding lead of the Lanes' children's social care: records, and the identity review list.</summary>
    public static BrowserUser Lead { get; } = new("lead", LaneFamily.Csc, SightlineRoles.SafeguardingLead);

    /// <summary>An analyst: figures, no records.</summary>
    public static BrowserUser Analyst { get; } = new("analyst", LaneFamily.Csc, SightlineRoles.Analyst);

    /// <summary>A social worker of another area: not involved with the Lanes.</summary>
    public static BrowserUser Outsider { get; } = new("eastport", LaneFamily.OtherCsc, SightlineRoles.Practitioner);

    /// <summary>Another social worker of that area, who opens Poppy's record by break-glass (grants are per user).</summary>
    public static BrowserUser BreakGlassReader { get; } = new("eastport-glass", LaneFamily.OtherCsc, SightlineRoles.Practitioner);

    /// <summary>A nurse of Fenwick General's emergency department: checks children's flags at triage.</summary>
    public static BrowserUser Nurse { get; } = new("ed-nurse", HoltFamily.Ed, SightlineRoles.Practitioner);

    public static IReadOnlyList<BrowserUser> All { get; } = [HealthVisitor, Lead, Analyst, Outsider, BreakGlassReader, Nurse];
}
