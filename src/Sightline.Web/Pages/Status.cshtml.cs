using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Web.Access;

namespace Sightline.Web.Pages;

/// <summary>
/// The page for a response with no body of its own — 404, 403, 429 — re-executed by the status
/// code pages with the original status kept; reached directly, it is a 404. A 403 for a child's
/// record the requester could open by break-glass offers it, naming nothing about the child.
/// </summary>
internal sealed class StatusModel : PageModel
{
    /// <summary>The status code being explained.</summary>
    public int Code { get; private set; }

    /// <summary>The refused record, when a 403 came from the access policy and break-glass may be offered.</summary>
    public PersonRefusal? BreakGlass { get; private set; }

    public void OnGet()
    {
        Code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        BreakGlass = HttpContext.Features.Get<PersonRefusal>() is { Decision.MayBreakGlass: true } refusal ? refusal : null;
    }
}
