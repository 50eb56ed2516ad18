using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Storage.Identity;

namespace Sightline.Web.Pages;

/// <summary>Signing out: a POST with an anti-forgery token ends the sign-in; a GET only shows the button (the page has no GET handler).</summary>
internal sealed class SignOutModel(SignInManager<SightlineUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/sign-in");
    }
}
