using Microsoft.AspNetCore.Mvc;
using Sightline.Core.Agencies;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Web.Access;
using Sightline.Web.Chronology;

namespace Sightline.Web.Pages.Children;

/// <summary>
/// The child's chronology as a print-ready page, for a conference chair to print or save as PDF:
/// a header naming the child, the dates covered, the filters and who generated it when, then one
/// table row per entry; no navigation. Filtered as the child's page is; audited as an export.
/// </summary>
[PersonRecord(What, Action = AuditAction.Export)]
internal sealed class ChronologyPrintModel(ChronologyReader reader, SightlineStore store, TimeProvider clock) : ChronologyExportModel(reader)
{
    /// <summary>What the page shows, for the audit log.</summary>
    public const string What = "chronology export, print page: child's name, NHS number, date of birth; date, agency, kind, what, persons, note";

    /// <summary>Who generated it.</summary>
    public string GeneratedBy { get; private set; } = "";

    /// <summary>When it was generated.</summary>
    public DateTimeOffset GeneratedAt { get; private set; }

    /// <summary>The filter's parts in words, empty when unfiltered.</summary>
    public IReadOnlyList<string> FilterWords { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(personId, cancellationToken))
        {
            return NotFound();
        }
        var requester = Requester.Of(HttpContext);
        var agencies = (await store.ListAgenciesAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        var agency = requester.Agency is { } id ? agencies.GetValueOrDefault(id, id.Value) : null;
        GeneratedBy = agency is null ? requester.Actor : $"{requester.Actor} ({requester.Role}, {agency})";
        GeneratedAt = clock.GetUtcNow();
        var words = new List<string>();
        if (Filter.Agency is AgencyId chosen)
        {
            words.Add($"recorded by {agencies.GetValueOrDefault(chosen, chosen.Value)}");
        }
        if (Filter.Kind is { } kind)
        {
            words.Add(EventKindNames.Name(kind));
        }
        if (Filter.Significance is { } significance)
        {
            words.Add(EventSignificance.Name(significance));
        }
        FilterWords = words;
        return Page();
    }
}
