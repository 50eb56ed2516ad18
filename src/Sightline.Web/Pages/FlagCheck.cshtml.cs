using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sightline.Storage.Protocols;
using Sightline.Web.Access;
using Sightline.Web.FlagChecks;
using Sightline.Web.Presentation;
using Sightline.Web.Security;

namespace Sightline.Web.Pages;

/// <summary>
/// The flag check page, for unscheduled-care staff at triage: one field for the NHS number (or,
/// when it is not known, the name, date of birth and postcode), and the answer in one glance. It
/// runs <see cref="FlagCheck"/>, as <c>GET /api/flags</c> does: the same people may use it (others
/// get 403, audited), under the same rate limit, and every check is recorded as the API's is —
/// audited, and a flagged child's attendance recorded so the responsible area is told.
/// </summary>
[EnableRateLimiting(RateLimits.FlagCheck)]
internal sealed class FlagCheckModel(FlagCheck check, PersonAccess access, SiteAudit audit, TimeProvider clock) : PageModel
{
    /// <summary>What opening the empty page shows, for the audit log of a refusal.</summary>
    public const string What = "flag check page";

    /// <summary>The NHS number typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? NhsNumber { get; set; }

    /// <summary>The name typed, when the NHS number is not known.</summary>
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

    /// <summary>The postcode typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Postcode { get; set; }

    /// <summary>Where the child is being seen: <c>emergency-department</c> (the default), <c>urgent-care</c>, <c>walk-in</c> or <c>out-of-hours</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Setting { get; set; }

    /// <summary>The form as typed.</summary>
    public FlagCheckForm Form { get; private set; } = new();

    /// <summary>Problems with what was typed; when there are any, nothing was checked.</summary>
    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    /// <summary>What was checked, when a check was made.</summary>
    public FlagCheckQuery? Query { get; private set; }

    /// <summary>The answer, when a check was made.</summary>
    public FlagCheckResult? Result { get; private set; }

    /// <summary>The problem with one field, if it has one.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var requester = Requester.Of(HttpContext);
        Form = new FlagCheckForm
        {
            NhsNumber = NhsNumber,
            Name = Name,
            BornDay = BornDay,
            BornMonth = BornMonth,
            BornYear = BornYear,
            Postcode = Postcode,
            Setting = Setting,
        };
        if (!Form.IsEmpty)
        {
            (Query, Errors) = Form.Read(SafeguardingDay.Today(clock));
        }
        if (Query is not null)
        {
            // The check decides who may check, and audits the refusal as the API's does.
            Result = await check.CheckAsync(requester, Query, cancellationToken);
            return Result.Outcome == FlagCheckOutcome.Refused ? StatusCode(StatusCodes.Status403Forbidden) : Page();
        }
        var (decision, _) = await access.DecideFlagCheckAsync(requester, cancellationToken);
        if (!decision.IsAllowed)
        {
            await audit.RefusedAsync(requester, What, decision.Refusal ?? "may not check flags", cancellationToken);
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return Page();
    }
}
