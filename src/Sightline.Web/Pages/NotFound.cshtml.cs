using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sightline.Web.Pages;

/// <summary>The page for an unknown address or record; it answers 404 however it is reached.</summary>
internal sealed class NotFoundModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
