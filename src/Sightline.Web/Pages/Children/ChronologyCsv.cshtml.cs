using System.Text;
using Microsoft.AspNetCore.Mvc;
using Sightline.Storage.Audit;
using Sightline.Web.Access;
using Sightline.Web.Chronology;
using Sightline.Web.Presentation;

namespace Sightline.Web.Pages.Children;

/// <summary>The child's chronology as a CSV file (UTF-8, with a byte order mark so spreadsheets read it as such), filtered as the child's page is; audited as an export.</summary>
[PersonRecord(What, Action = AuditAction.Export)]
internal sealed class ChronologyCsvModel(ChronologyReader reader, TimeProvider clock) : ChronologyExportModel(reader)
{
    /// <summary>What the file holds, for the audit log.</summary>
    public const string What = "chronology export, CSV: date, agency, kind, what, persons, note";

    public async Task<IActionResult> OnGetAsync(string personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(personId, cancellationToken))
        {
            return NotFound();
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ChronologyCsv.Write(Entries))).ToArray();
        var day = Words.IsoDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return File(bytes, "text/csv; charset=utf-8", $"chronology-{FileSafe(Child.Id.Value)}-{day}.csv");
    }

    private static string FileSafe(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-')]);
}
