namespace Sightline.Web.Access;

/// <summary>
/// The roles a user or client holds; one agency each, one or more roles. The first three work
/// with children's records, within the access policy; the other three never see a person's record.
/// </summary>
public static class SightlineRoles
{
    /// <summary>A practitioner of an agency: opens the records of children their agency is involved with.</summary>
    public const string Practitioner = "practitioner";

    /// <summary>An agency's safeguarding lead: as a practitioner, and reviews the agency's alerts (break-glass ones included).</summary>
    public const string SafeguardingLead = "safeguarding-lead";

    /// <summary>A manager: as a practitioner, and sees the partnership's figures.</summary>
    public const string Manager = "manager";

    /// <summary>A partnership analyst: aggregate figures only, never a person's record.</summary>
    public const string Analyst = "analyst";

    /// <summary>An administrator: users and agencies, never a person's record.</summary>
    public const string Administrator = "administrator";

    /// <summary>An agency's system (its case management, its export job): sends the agency's records, never reads a person's record.</summary>
    public const string AgencySystem = "agency-system";

    /// <summary>Every role, most hands-on first.</summary>
    public static IReadOnlyList<string> All { get; } = [Practitioner, SafeguardingLead, Manager, Analyst, Administrator, AgencySystem];

    /// <summary>The roles that may send their own agency's records (<c>POST /api/events</c>).</summary>
    public static IReadOnlyList<string> WithIntake { get; } = [AgencySystem, Practitioner, SafeguardingLead, Manager];

    /// <summary>The roles that may open a person's record (subject to the agency's involvement).</summary>
    public static IReadOnlyList<string> WithPersonRecords { get; } = [Practitioner, SafeguardingLead, Manager];

    /// <summary>The roles that replay scenario files (review authors): the replay shows only the uploaded file.</summary>
    public static IReadOnlyList<string> WithReplay { get; } = [SafeguardingLead, Manager, Analyst];

    /// <summary>The roles that see the partnership's aggregate figures.</summary>
    public static IReadOnlyList<string> WithFigures { get; } = [Analyst, Manager, SafeguardingLead];
}
