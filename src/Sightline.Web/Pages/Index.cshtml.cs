using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Sightline.Web.Children;

namespace Sightline.Web.Pages;

/// <summary>The children page: every child with their flags, filtered by area and by flags.</summary>
internal sealed class IndexModel(ChildrenList list) : PageModel
{
    /// <summary>Only children of this local authority.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    /// <summary>Only children with an active plan or an alert.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Flagged { get; set; }

    /// <summary>The page asked for ("page" itself is Razor Pages' own route value).</summary>
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The page of children.</summary>
    public ChildrenPage Children { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var area = string.IsNullOrWhiteSpace(Area) ? null : Area;
        Children = await list.ReadAsync(new ChildrenQuery(area, Flagged, PageNumber), cancellationToken);
    }

    /// <summary>The address of another page of the same list.</summary>
    public string PageLink(int number)
    {
        var query = new Dictionary<string, string?> { ["pageNumber"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Area))
        {
            query["area"] = Area;
        }
        if (Flagged)
        {
            query["flagged"] = "true";
        }
        return QueryHelpers.AddQueryString("/", query);
    }
}
