using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Sightline.Web.Access;
using Sightline.Web.Children;

namespace Sightline.Web.Pages;

/// <summary>
/// The children page: the children the user may open, with their flags, searched and filtered.
/// The query is audited as a search; roles without person records are refused (403, audited).
/// </summary>
internal sealed class IndexModel(ChildrenList list, PersonAccess access, SiteAudit audit) : PageModel
{
    /// <summary>Part of a name, or an NHS number.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var requester = Requester.Of(HttpContext);
        var query = new ChildrenQuery(Blank(Search, ChildrenQuery.MaxSearchLength), Blank(Area, ChildrenQuery.MaxSearchLength), Flagged, PageNumber);
        if (!requester.MayOpenPersonRecords)
        {
            await audit.RefusedAsync(requester, query.Describe(), $"role {requester.Role ?? "none"} sees no person records", cancellationToken);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await access.AuditSearchAsync(requester, query.Describe(), cancellationToken);
        Children = await list.ReadAsync(query, requester, cancellationToken);
        return Page();
    }

    /// <summary>The address of another page of the same list.</summary>
    public string PageLink(int number)
    {
        var query = new Dictionary<string, string?> { ["pageNumber"] = number.ToString(CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Search))
        {
            query["search"] = Search;
        }
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

    /// <summary>Null for nothing typed; otherwise the text, cut to <paramref name="longest"/> characters.</summary>
    private static string? Blank(string? text, int longest)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, longest)];
    }
}
