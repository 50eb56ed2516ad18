using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Agencies;
using Sightline.Web.Access;
using Sightline.Web.Agencies;

namespace Sightline.Web.Pages.Agencies;

/// <summary>Every agency, by area; the reader's own agency links to its alerts. Names only: no person data.</summary>
internal sealed class AgenciesModel(AgencyAlertsReader reader) : PageModel
{
    /// <summary>The agencies, by area and name.</summary>
    public IReadOnlyList<AgencyListing> Agencies { get; private set; } = [];

    /// <summary>The reader's agency.</summary>
    public AgencyId? OwnAgency { get; private set; }

    /// <summary>True when the reader's role sees their agency's alerts.</summary>
    public bool MaySeeAlerts { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requester = Requester.Of(HttpContext);
        OwnAgency = requester.Agency;
        MaySeeAlerts = requester.MayOpenPersonRecords;
        Agencies = await reader.ListAsync(cancellationToken);
    }
}
