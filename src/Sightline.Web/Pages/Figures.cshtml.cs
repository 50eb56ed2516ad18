using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Web.Access;
using Sightline.Web.Figures;

namespace Sightline.Web.Pages;

/// <summary>The partnership's figures: counts only, never a name or an id, for analysts, managers and safeguarding leads.</summary>
[Authorize(Roles = $"{SightlineRoles.Analyst},{SightlineRoles.Manager},{SightlineRoles.SafeguardingLead}")]
internal sealed class FiguresModel(PartnershipFigures figures) : PageModel
{
    /// <summary>The figures.</summary>
    public FigureSet Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await figures.ReadAsync(cancellationToken);
}
