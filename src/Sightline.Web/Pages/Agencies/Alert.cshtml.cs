using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Agencies;
using Sightline.Storage.Protocols;
using Sightline.Web.Access;
using Sightline.Web.Agencies;
using Sightline.Web.Presentation;

namespace Sightline.Web.Pages.Agencies;

/// <summary>
/// One alert of an agency, with every agency's responses; the agency's own practitioners, leads
/// and managers acknowledge it or record an action taken here (the tables of alerts post their
/// acknowledgements here too). Reads and responses are audited; anyone else gets 403, audited.
/// </summary>
internal sealed class AgencyAlertModel(AgencyAlertsReader reader, SightlineAlerts alerts, SiteAudit audit, TimeProvider clock) : PageModel
{
    /// <summary>The longest note accepted.</summary>
    public const int NoteLimit = 2000;

    /// <summary>What the page shows, for the audit log.</summary>
    public static string What(AgencyId agency, long alertId) => $"agency alert {alertId} of {agency}: rule, children named, message, responses";

    /// <summary>What the page shows.</summary>
    public AgencyAlertView View { get; private set; } = null!;

    /// <summary>What was done, for an action taken.</summary>
    [BindProperty(Name = "note")]
    public string? Note { get; set; }

    /// <summary>Where to go after acknowledging (a page of this site), else this page.</summary>
    [BindProperty(Name = "returnTo")]
    public string? ReturnTo { get; set; }

    /// <summary>What is wrong with the action form.</summary>
    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string agencyId, long alertId, CancellationToken cancellationToken)
    {
        var (result, _) = await OpenAsync(agencyId, alertId, cancellationToken);
        return result ?? Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(string agencyId, long alertId, CancellationToken cancellationToken)
    {
        var (result, requester) = await OpenAsync(agencyId, alertId, cancellationToken);
        if (result is not null)
        {
            return result;
        }
        await RecordAsync(requester, AlertActionKind.Acknowledged, null, cancellationToken);
        return LocalRedirect(ReturnTo is { Length: > 0 } back && Url.IsLocalUrl(back) ? back : Self());
    }

    public async Task<IActionResult> OnPostActionAsync(string agencyId, long alertId, CancellationToken cancellationToken)
    {
        var (result, requester) = await OpenAsync(agencyId, alertId, cancellationToken);
        if (result is not null)
        {
            return result;
        }
        var note = Note?.Trim();
        if (string.IsNullOrEmpty(note))
        {
            Errors = [new FormError("note", "Enter what was done")];
            return Page();
        }
        if (note.Length > NoteLimit)
        {
            Errors = [new FormError("note", $"What was done must be {NoteLimit} characters or fewer")];
            return Page();
        }
        await RecordAsync(requester, AlertActionKind.ActionTaken, note, cancellationToken);
        return LocalRedirect(Self());
    }

    private string Self() => $"/agencies/{Uri.EscapeDataString(View.Agency.Id.Value)}/alerts/{View.Alert.Id}";

    private async Task RecordAsync(Requester requester, AlertActionKind kind, string? note, CancellationToken cancellationToken)
    {
        var agency = View.Agency.Id;
        await alerts.RecordActionAsync(View.Alert.Id, agency, requester.Actor, kind, note, clock.GetUtcNow(), cancellationToken);
        var what = kind == AlertActionKind.Acknowledged
            ? $"acknowledged alert {View.Alert.Id} ({View.Alert.Rule}) for {agency}"
            : $"action taken on alert {View.Alert.Id} ({View.Alert.Rule}) for {agency}: {note}";
        // One entry per person named, so each child's access history shows who answered the alert.
        foreach (var person in View.Subjects.Distinct())
        {
            await audit.WroteAsync(requester, person, what, cancellationToken);
        }
    }

    /// <summary>Checks the requester and reads the alert: a result to return at once (403, 404) or null to go on.</summary>
    private async Task<(IActionResult? Result, Requester Requester)> OpenAsync(string agencyId, long alertId, CancellationToken cancellationToken)
    {
        var agency = new AgencyId(agencyId);
        var requester = Requester.Of(HttpContext);
        if (AgencyStaff.Refusal(requester, agency) is { } why)
        {
            await audit.RefusedAsync(requester, What(agency, alertId), why, cancellationToken);
            return (StatusCode(StatusCodes.Status403Forbidden), requester);
        }
        var view = await reader.ReadOneAsync(agency, alertId, cancellationToken);
        if (view is null)
        {
            return (NotFound(), requester);
        }
        await audit.ReadAsync(requester, What(agency, alertId), cancellationToken);
        View = view;
        return (null, requester);
    }
}
