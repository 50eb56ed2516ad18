using Sightline.Core.Agencies;
using Sightline.Web.Access;

namespace Sightline.Web.Agencies;

/// <summary>Who may work with an agency's alerts: its own practitioners, safeguarding leads and managers.</summary>
internal static class AgencyStaff
{
    /// <summary>Why <paramref name="requester"/> may not see or answer <paramref name="agency"/>'s alerts, for the audit log; null when they may.</summary>
    public static string? Refusal(Requester requester, AgencyId agency)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (!requester.MayOpenPersonRecords)
        {
            return $"role {requester.Role ?? "none"} sees no person records";
        }
        return requester.Agency == agency ? null : "not the requester's agency";
    }
}
