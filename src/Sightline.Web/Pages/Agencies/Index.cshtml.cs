using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Web.Agencies;

namespace Sightline.Web.Pages.Agencies;

/// <summary>Every agency, by area, each linking to its alerts.</summary>
internal sealed class AgenciesModel(AgencyAlertsReader reader) : PageModel
{
    /// <summary>The agencies, by area and name.</summary>
    public IReadOnlyList<AgencyListing> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Agencies = await reader.ListAsync(cancellationToken);
}
