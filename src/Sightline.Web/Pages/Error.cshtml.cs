using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sightline.Web.Pages;

/// <summary>The page shown when a request fails, with a reference to find it in the log.</summary>
internal sealed class ErrorModel : PageModel
{
    /// <summary>The request's trace id.</summary>
    public string Reference => Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    public void OnGet() => Response.StatusCode = StatusCodes.Status500InternalServerError;
}
