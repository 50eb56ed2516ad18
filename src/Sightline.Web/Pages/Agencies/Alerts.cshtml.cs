using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Agencies;
using Sightline.Web.Access;
using Sightline.Web.Agencies;

namespace Sightline.Web.Pages.Agencies;

/// <summary>
/// The alerts that notify one agency, overdue first and then newest first: for that agency's own
/// practitioners, safeguarding leads and managers only (an alert names children). Anyone else gets
/// 403, audited; the reading is audited too.
/// </summary>
internal sealed class AgencyAlertsModel(AgencyAlertsReader reader, SiteAudit audit) : PageModel
{
    /// <summary>What the page shows, for the audit log.</summary>
    public static string What(AgencyId agency) => $"agency alerts of {agency}: rules, children named, messages";

    /// <summary>What the page shows.</summary>
    public AgencyAlertsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string agencyId, CancellationToken cancellationToken)
    {
        var agency = new AgencyId(agencyId);
        var requester = Requester.Of(HttpContext);
        if (!requester.MayOpenPersonRecords || requester.Agency != agency)
        {
            var why = requester.MayOpenPersonRecords ? "not the requester's agency" : $"role {requester.Role ?? "none"} sees no person records";
            await audit.RefusedAsync(requester, What(agency), why, cancellationToken);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var view = await reader.ReadAsync(agency, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }
        await audit.ReadAsync(requester, What(agency), cancellationToken);
        View = view;
        return Page();
    }
}
