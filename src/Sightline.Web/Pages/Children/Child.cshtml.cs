using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Access;
using Sightline.Web.Access;
using Sightline.Web.Children;
using Sightline.Web.Chronology;

namespace Sightline.Web.Pages.Children;

/// <summary>
/// A child's page: flags, alerts, household and wider family (a genogram and its tables),
/// agencies, the multi-agency chronology (filtered by agency, kind and significance from the query
/// string) and, for the agencies involved, who has opened the record. The access policy has decided (and
/// audited) before this runs; the page shows how it was opened.
/// </summary>
[PersonRecord(What)]
internal sealed class ChildModel(ChildPageReader reader, AccessHistoryReader history) : PageModel
{
    /// <summary>What the page shows, for the audit log.</summary>
    public const string What = "child page: flags, alerts, due steps, household, wider family, agencies, chronology, access history";

    /// <summary>What the page shows.</summary>
    public ChildView Child { get; private set; } = null!;

    /// <summary>The break-glass grant the page was opened under, if it was.</summary>
    public BreakGlassGrant? Grant { get; private set; }

    /// <summary>Who opened the record: shown to the agencies involved, not to a break-glass reader.</summary>
    public IReadOnlyList<AccessLine>? History { get; private set; }

    /// <summary>What was just recorded from this page ("Injury recorded. 1 new alert: …"), shown once.</summary>
    public string? Confirmation { get; private set; }

    /// <summary>True when the reader's agency is involved, so it may record an event here.</summary>
    public bool MayRecord { get; private set; }

    /// <summary>The reader's agency, whose alerts page the agencies table links to.</summary>
    public AgencyId? OwnAgency { get; private set; }

    /// <summary>Only chronology entries recorded by this agency (its id).</summary>
    [BindProperty(SupportsGet = true, Name = "agency")]
    public string? AgencyChosen { get; set; }

    /// <summary>Only chronology entries of this event kind.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindChosen { get; set; }

    /// <summary>Only chronology entries of this significance.</summary>
    [BindProperty(SupportsGet = true, Name = "significance")]
    public string? SignificanceChosen { get; set; }

    /// <summary>The chronology filter as understood; values naming nothing known are dropped.</summary>
    public ChronologyFilter Filter { get; private set; } = ChronologyFilter.None;

    /// <summary>The chronology entries the filter lets through, newest first.</summary>
    public IReadOnlyList<ChronologyEntry> Entries { get; private set; } = [];

    /// <summary>The agencies that recorded something in the chronology, for the filter.</summary>
    public IReadOnlyList<(AgencyId Id, string Name)> AgencyChoices { get; private set; } = [];

    /// <summary>The event kinds in the chronology, for the filter.</summary>
    public IReadOnlyList<string> KindChoices { get; private set; } = [];

    /// <summary>The address of this page with the chronology filtered by <paramref name="filter"/>.</summary>
    public string FilterLink(ChronologyFilter filter) => Address("", filter) + "#chronology";

    /// <summary>The address of a chronology export (<c>/chronology</c>, <c>/chronology.csv</c>) filtered as the page is.</summary>
    public string ExportLink(string export) => Address(export, Filter);

    private string Address(string under, ChronologyFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new Dictionary<string, string?>();
        if (filter.Agency is { } agency)
        {
            query["agency"] = agency.Value;
        }
        if (filter.Kind is { } kind)
        {
            query["kind"] = kind;
        }
        if (filter.Significance is { } significance)
        {
            query["significance"] = significance.ToString().ToLowerInvariant();
        }
        return QueryHelpers.AddQueryString($"/children/{Uri.EscapeDataString(Child.Id.Value)}{under}", query);
    }

    public async Task<IActionResult> OnGetAsync(string personId, CancellationToken cancellationToken)
    {
        var decision = HttpContext.Features.Get<AccessDecision>()
            ?? throw new InvalidOperationException("The child page ran without an access decision.");
        var id = new PersonId(personId);
        var child = await reader.ReadAsync(id, Requester.Of(HttpContext).Agency, OpenedFamily.Of(HttpContext, id), cancellationToken);
        if (child is null)
        {
            return NotFound();
        }
        Child = child;
        Filter = ChronologyFilter.Parse(AgencyChosen, KindChosen, SignificanceChosen);
        Entries = child.Chronology.Where(Filter.Matches).ToList();
        AgencyChoices = child.Chronology.Select(e => (e.AgencyId, e.Agency)).Distinct().OrderBy(a => a.Agency, StringComparer.Ordinal).ToList();
        KindChoices = child.Chronology.Select(e => e.Kind).Distinct().OrderBy(EventKindNames.Name, StringComparer.Ordinal).ToList();
        Grant = decision.Grant;
        OwnAgency = Requester.Of(HttpContext).Agency;
        History = decision.IsInvolved ? await history.ReadAsync(id, cancellationToken) : null;
        MayRecord = decision.IsInvolved;
        Confirmation = TempData[RecordEventModel.Confirmation] as string;
        return Page();
    }
}
