using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Agencies;
using Sightline.Web.Access;
using Sightline.Web.Agencies;

namespace Sightline.Web.Pages.Agencies;

/// <summary>
/// The alerts that notify one agency (open ones, acknowledged ones or all), overdue first and then newest first: for that agency's own
/// practitioners, safeguarding leads and managers only (an alert names children). Anyone else gets
/// 403, audited; the reading is audited too.
/// </summary>
internal sealed class AgencyAlertsModel(AgencyAlertsReader reader, SiteAudit audit) : PageModel
{
    /// <summary>What the page shows, for the audit log.</summary>
    public static string What(AgencyId agency) => $"agency alerts of {agency}: rules, children named, messages";

    /// <summary>What the page shows.</summary>
    public AgencyAlertsView View { get; private set; } = null!;

    /// <summary>Which alerts to show: <c>open</c> (the default), <c>acknowledged</c> or <c>all</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "show")]
    public string? ShowChosen { get; set; }

    public async Task<IActionResult> OnGetAsync(string agencyId, CancellationToken cancellationToken)
    {
        var agency = new AgencyId(agencyId);
        var requester = Requester.Of(HttpContext);
        if (AgencyStaff.Refusal(requester, agency) is { } why)
        {
            await audit.RefusedAsync(requester, What(agency), why, cancellationToken);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var show = ShowChosen?.ToLowerInvariant() switch
        {
            "acknowledged" => AlertShow.Acknowledged,
            "all" => AlertShow.All,
            _ => AlertShow.Open,
        };
        var view = await reader.ReadAsync(agency, show, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }
        await audit.ReadAsync(requester, What(agency), cancellationToken);
        View = view;
        return Page();
    }
}
