using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Sightline.Web.Access;
using Sightline.Web.Children;
using Sightline.Web.Presentation;

namespace Sightline.Web.Pages;

/// <summary>
/// The children page: find a child by NHS number, or by name, date of birth and postcode, among the
/// children the user may open, with their flags; or list them, filtered by area and flags. The
/// query is audited as a search; roles without person records are refused (403, audited).
/// </summary>
internal sealed class IndexModel(ChildrenList list, PersonAccess access, SiteAudit audit) : PageModel
{
    /// <summary>The NHS number typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? NhsNumber { get; set; }

    /// <summary>The name, or part of it, typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    /// <summary>The day of the date of birth typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? BornDay { get; set; }

    /// <summary>The month of the date of birth typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? BornMonth { get; set; }

    /// <summary>The year of the date of birth typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? BornYear { get; set; }

    /// <summary>The postcode, or its district, typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Postcode { get; set; }

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

    /// <summary>What the search asked for, as understood.</summary>
    public ChildrenQuery Query { get; private set; } = ChildrenQuery.All;

    /// <summary>Problems with what was typed; when there are any, no child is listed.</summary>
    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    /// <summary>The problem with one field, if it has one.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var requester = Requester.Of(HttpContext);
        var form = new ChildSearchForm
        {
            NhsNumber = NhsNumber,
            Name = Name,
            BornDay = BornDay,
            BornMonth = BornMonth,
            BornYear = BornYear,
            Postcode = Postcode,
            Area = Area,
            Flagged = Flagged,
            Page = PageNumber,
        };
        (Query, Errors) = form.Read();
        if (!requester.MayOpenPersonRecords)
        {
            await audit.RefusedAsync(requester, Query.Describe(), $"role {requester.Role ?? "none"} sees no person records", cancellationToken);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await access.AuditSearchAsync(requester, Query.Describe(), cancellationToken);
        Children = await list.ReadAsync(Query, requester, cancellationToken);
        return Page();
    }

    /// <summary>The address of another page of the same list.</summary>
    public string PageLink(int number)
    {
        var query = new Dictionary<string, string?> { ["pageNumber"] = number.ToString(CultureInfo.InvariantCulture) };
        foreach (var (name, value) in new[] { ("nhsNumber", NhsNumber), ("name", Name), ("bornDay", BornDay), ("bornMonth", BornMonth), ("bornYear", BornYear), ("postcode", Postcode), ("area", Area) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query[name] = value;
            }
        }
        if (Flagged)
        {
            query["flagged"] = "true";
        }
        return QueryHelpers.AddQueryString("/", query);
    }
}
