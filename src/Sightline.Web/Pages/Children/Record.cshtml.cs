using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Intake;
using Sightline.Storage.Protocols;
using Sightline.Web.Access;
using Sightline.Web.Alerts;
using Sightline.Web.Children;
using Sightline.Web.Presentation;
using Sightline.Web.Recording;

namespace Sightline.Web.Pages.Children;

/// <summary>
/// Records an event about a child from their page, as the user's agency: choose the kind, fill in
/// the form, and the event is stored (once, however often the form is sent: its key is made with
/// the form), audited as a write, the live protocols run at once, and the child's page says what
/// was recorded and which alerts it raised. Only an agency involved with the child records; one
/// that opened the record by break-glass reads but does not write.
/// </summary>
[PersonRecord(What)]
internal sealed class RecordEventModel(
    ChildPageReader reader,
    SightlineStore store,
    LiveProtocols live,
    SightlineAlerts alerts,
    RuleBook rules,
    SiteAudit audit) : PageModel
{
    /// <summary>What the page shows, for the audit log.</summary>
    public const string What = "record an event: child's name, family and agencies for the form";

    /// <summary>The TempData key of the confirmation the child's page shows.</summary>
    public const string Confirmation = "recorded";

    /// <summary>The child.</summary>
    public ChildView Child { get; private set; } = null!;

    /// <summary>The kind being recorded; null while it is being chosen.</summary>
    public RecordKind? Kind { get; private set; }

    /// <summary>What the form may name.</summary>
    public RecordingChoices Choices { get; private set; } = new([], []);

    /// <summary>Problems with what was sent.</summary>
    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    /// <summary>The kind chosen (query string, then the form).</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindChosen { get; set; }

    /// <summary>The form's key, made with the form: the event's source id, so sending it twice stores it once.</summary>
    [BindProperty(Name = "key")]
    public string? Key { get; set; }

    /// <summary>What was typed.</summary>
    [BindProperty(Name = "form")]
    public FormFields Fields { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string personId, CancellationToken cancellationToken)
    {
        if (await OpenAsync(personId, cancellationToken) is { } refused)
        {
            return refused;
        }
        Key = Guid.NewGuid().ToString("D");
        if (Kind is null && KindChosen is not null)
        {
            Errors = [new FormError("kind", "Select what you are recording")];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string personId, CancellationToken cancellationToken)
    {
        if (await OpenAsync(personId, cancellationToken) is { } refused)
        {
            return refused;
        }
        if (Kind is null)
        {
            Errors = [new FormError("kind", "Select what you are recording")];
            return Page();
        }
        if (!Guid.TryParseExact(Key, "D", out var key))
        {
            // A form not made by this page: start it again with a key of its own.
            Key = Guid.NewGuid().ToString("D");
            Errors = [new FormError("date-day", "The form has expired: check the details and send it again")];
            return Page();
        }
        var requester = Requester.Of(HttpContext);
        var agency = requester.Agency!.Value;
        var (recorded, errors) = EventFormCheck.Check(Kind, Fields.ToForm(), Child.Id, agency, Child.Today, Choices);
        if (recorded is null)
        {
            Errors = errors;
            return Page();
        }
        var source = new EventSource(agency, $"sightline-web:{key:D}");
        var batch = new IntakeBatch { Events = [new SourcedEvent(source, recorded)] };
        var before = (await alerts.ForPersonAsync(Child.Id, cancellationToken)).Select(a => a.Id).ToHashSet();
        BatchReceipt receipt;
        try
        {
            receipt = await store.StoreBatchAsync(batch, cancellationToken);
        }
        catch (BatchRejectedException)
        {
            // The same form sent again with other details: the first stands; this one needs a key of its own.
            Key = Guid.NewGuid().ToString("D");
            Errors = [new FormError("date-day", "This form was already sent with other details, which are recorded. Check these details and send them again to record them as well")];
            return Page();
        }
        if (receipt.EventsStored == 0)
        {
            TempData[Confirmation] = $"{Kind.Noun} was already recorded.";
            return Redirect(ChildPage());
        }
        await audit.WroteAsync(requester, Child.Id, $"recorded {recorded.Kind} {source.SourceId} dated {Words.IsoDate(recorded.Date)}", cancellationToken);
        await live.RunAfterBatchAsync(batch, cancellationToken);
        var raised = (await alerts.ForPersonAsync(Child.Id, cancellationToken)).Where(a => !before.Contains(a.Id)).ToList();
        TempData[Confirmation] = raised.Count == 0
            ? $"{Kind.Noun} recorded."
            : $"{Kind.Noun} recorded. {Words.Count(raised.Count, "new alert")}: {string.Join("; ", raised.Select(a => rules.Title(a.Alert.Rule)))}.";
        return Redirect(ChildPage());
    }

    private string ChildPage() => $"/children/{Uri.EscapeDataString(Child.Id.Value)}";

    /// <summary>Reads the child and what may be chosen; a result to return at once when the requester may not record, or the child is unknown.</summary>
    private async Task<IActionResult?> OpenAsync(string personId, CancellationToken cancellationToken)
    {
        var decision = HttpContext.Features.Get<AccessDecision>()
            ?? throw new InvalidOperationException("The record page ran without an access decision.");
        var requester = Requester.Of(HttpContext);
        if (!decision.IsInvolved)
        {
            await audit.RefusedAsync(requester, "record an event", "break-glass opens a record to read, not to write", cancellationToken, new PersonId(personId));
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var child = await reader.ReadAsync(new PersonId(personId), requester.Agency, cancellationToken);
        if (child is null)
        {
            return NotFound();
        }
        Child = child;
        Kind = RecordKind.Find(KindChosen);
        var agencies = await store.ListAgenciesAsync(cancellationToken);
        Choices = new RecordingChoices(
            agencies
                .Where(a => a.Id != requester.Agency && (child.Area is null || a.LocalAuthority == child.Area || child.Agencies.Any(i => i.Id == a.Id)))
                .OrderBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => (a.Id, a.Name))
                .ToList(),
            new[] { (child.Id, child.Name) }
                .Concat(child.Household.Concat(child.WiderFamily).Select(m => (m.Person.Id, $"{m.Person.Name ?? CaseNames.Unnamed(m.Person.Id)} ({m.Relationship})")))
                .DistinctBy(p => p.Item1)
                .ToList());
        return null;
    }

    /// <summary>The message for a field, when it has a problem.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    /// <summary>The form's fields as posted (<c>form.Day</c>, <c>form.InjuryType</c>…).</summary>
    public sealed class FormFields
    {
        public string? Day { get; set; }

        public string? Month { get; set; }

        public string? Year { get; set; }

        public string? Note { get; set; }

        public string? Mode { get; set; }

        public string? ChildSeen { get; set; }

        public string? Outcome { get; set; }

        public string? InjuryType { get; set; }

        public string? Site { get; set; }

        public string? Explanation { get; set; }

        public string? Service { get; set; }

        public string? ReferTo { get; set; }

        public string? Concern { get; set; }

        public IReadOnlyList<string> ShareTo { get; set; } = [];

        public IReadOnlyList<string> About { get; set; } = [];

        public string? Acknowledged { get; set; }

        internal EventForm ToForm() => new()
        {
            Day = Day,
            Month = Month,
            Year = Year,
            Note = Note,
            Mode = Mode,
            ChildSeen = ChildSeen,
            Outcome = Outcome,
            InjuryType = InjuryType,
            Site = Site,
            Explanation = Explanation,
            Service = Service,
            ReferTo = ReferTo,
            Concern = Concern,
            ShareTo = ShareTo,
            About = About,
            Acknowledged = Acknowledged,
        };
    }
}
