using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Agencies;
using Sightline.Storage.Identity;
using Sightline.Web.Access;
using Sightline.Web.Security;

namespace Sightline.Web.Pages;

/// <summary>
/// Sign-in with a local account. A failure says the same whatever went wrong (no such user, wrong
/// password, locked), so the page cannot be used to find out who has an account; the audit log
/// records what it was. An account is locked for 15 minutes after 5 failures in a row.
/// </summary>
internal sealed class SignInModel(SignInManager<SightlineUser> signIn, SiteAudit audit, DecoyPassword decoy) : PageModel
{
    /// <summary>The longest user name kept for the audit log.</summary>
    private const int LongestUserName = 100;

    /// <summary>The user name typed.</summary>
    [BindProperty]
    [StringLength(256)]
    public string UserName { get; set; } = "";

    /// <summary>The password typed; never shown again.</summary>
    [BindProperty]
    [StringLength(1024)]
    public string Password { get; set; } = "";

    /// <summary>Where to go after signing in: a local address only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The error to show, if the last attempt failed.</summary>
    public string? Error { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Redirect(StartPage(Requester.Of(HttpContext))) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = UserName.Trim();
        var from = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (!ModelState.IsValid || name.Length == 0 || Password.Length == 0)
        {
            Error = "Enter your user name and password.";
            return Page();
        }
        var user = await signIn.UserManager.FindByNameAsync(name);
        if (user is null)
        {
            // As long as a real check, so the time taken does not tell whether the account exists.
            decoy.Check(Password);
            return await FailAsync(name, null, "no such user", from, cancellationToken);
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var why = result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong password";
            return await FailAsync(name, new AgencyId(user.Agency), why, from, cancellationToken);
        }
        var requester = Requester.Of(await signIn.CreateUserPrincipalAsync(user), from);
        await audit.SignedInAsync(requester, cancellationToken);
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : Redirect(StartPage(requester));
    }

    private async Task<IActionResult> FailAsync(string name, AgencyId? agency, string why, string? from, CancellationToken cancellationToken)
    {
        await audit.SignInFailedAsync(name[..Math.Min(name.Length, LongestUserName)], agency, why, from, cancellationToken);
        Error = $"The user name or password is not right, or the account is locked after {SignInSetup.MaxFailedAttempts} wrong attempts: "
            + $"then try again in {SignInSetup.LockoutTime.TotalMinutes:0} minutes.";
        Password = "";
        return Page();
    }

    /// <summary>Where a role starts: the children for those who work with records, else what the role may see.</summary>
    private static string StartPage(Requester requester) =>
        requester.MayOpenPersonRecords ? "/" : requester.Holds(SightlineRoles.Analyst) ? "/figures" : "/agencies";
}
