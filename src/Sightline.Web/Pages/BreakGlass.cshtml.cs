using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Access;
using Sightline.Web.Access;

namespace Sightline.Web.Pages;

/// <summary>
/// Break-glass: a practitioner, lead or manager whose agency is not involved opens a child's record
/// for a limited time (<c>Sightline:BreakGlassHours</c>, 4 by default) by giving a reason of at
/// least a sentence. The grant writes its own audit entry and alerts the child's children's social
/// care and the user's agency; then the record opens with a banner. The form names only the id it
/// was given: nothing of the record is shown before the grant.
/// </summary>
internal sealed class BreakGlassModel(AccessFacts facts, PersonAccess access, SightlineStore store, SiteAudit audit, IConfiguration configuration) : PageModel
{
    /// <summary>The setting for how long a grant lasts, in hours.</summary>
    public const string HoursSetting = "Sightline:BreakGlassHours";

    private const string What = "break-glass form";

    /// <summary>Whose record.</summary>
    [BindProperty(SupportsGet = true)]
    public string Person { get; set; } = "";

    /// <summary>Why the record must be opened.</summary>
    [BindProperty]
    public string Reason { get; set; } = "";

    /// <summary>The error to show when the reason is not enough.</summary>
    public string? Error { get; private set; }

    /// <summary>How long the grant lasts.</summary>
    public double Hours => configuration.GetValue(HoursSetting, AccessFacts.DefaultBreakGlassDuration.TotalHours);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await RefusalAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefusalAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        if (!BreakGlassReason.IsAcceptable(Reason))
        {
            Error = BreakGlassReason.Rule;
            return Page();
        }
        var person = new PersonId(Person);
        if (await store.FindPersonAsync(person, cancellationToken) is not { Role: PersonRole.Child or PersonRole.Unborn })
        {
            return NotFound();
        }
        var requester = Requester.Of(HttpContext);
        await facts.GrantBreakGlassAsync(requester.Actor, requester.Agency!.Value, person, Reason, TimeSpan.FromHours(Hours), requester.Role, requester.From, cancellationToken);
        return Redirect($"/children/{Uri.EscapeDataString(Person)}");
    }

    /// <summary>
    /// The answer when break-glass is not for this requester: 403 for a role without person
    /// records (audited), or straight to the record when their agency may open it anyway.
    /// </summary>
    private async Task<IActionResult?> RefusalAsync(CancellationToken cancellationToken)
    {
        var requester = Requester.Of(HttpContext);
        if (string.IsNullOrWhiteSpace(Person))
        {
            return NotFound();
        }
        var person = new PersonId(Person);
        var decision = await access.DecideAsync(requester, person, cancellationToken);
        if (decision.IsAllowed)
        {
            return Redirect($"/children/{Uri.EscapeDataString(Person)}");
        }
        if (!decision.MayBreakGlass)
        {
            await audit.RefusedAsync(requester, What, decision.Refusal ?? "refused", cancellationToken, person);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return null;
    }
}
