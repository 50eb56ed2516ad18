using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Agencies;
using Sightline.Web.Agencies;

namespace Sightline.Web.Pages.Agencies;

/// <summary>The alerts that notify one agency, overdue first and then newest first.</summary>
internal sealed class AgencyAlertsModel(AgencyAlertsReader reader) : PageModel
{
    /// <summary>What the page shows.</summary>
    public AgencyAlertsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var view = await reader.ReadAsync(new AgencyId(id), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }
}
