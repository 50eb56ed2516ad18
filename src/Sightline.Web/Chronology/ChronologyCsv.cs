using System.Text;
using Sightline.Web.Presentation;

namespace Sightline.Web.Chronology;

/// <summary>
/// A chronology as CSV (RFC 4180: comma-separated, CRLF, quoted where needed), one row per entry
/// under a header row: date, agency, kind, what, persons, note. A cell a spreadsheet would run as
/// a formula (starting with <c>= + - @</c>, or a tab or carriage return) is prefixed with an
/// apostrophe, so a note typed by a practitioner can never become a formula on a chair's laptop.
/// </summary>
internal static class ChronologyCsv
{
    /// <summary>The header row's cells.</summary>
    public static IReadOnlyList<string> Header { get; } = ["date", "agency", "kind", "what", "persons", "note"];

    private static readonly char[] Formula = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>The CSV text of <paramref name="entries"/>, in their order.</summary>
    public static string Write(IEnumerable<ChronologyEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var entry in entries)
        {
            Row(csv, [Words.IsoDate(entry.Date), entry.Agency, EventKindNames.Name(entry.Kind), entry.Line, entry.About, entry.Note ?? ""]);
        }
        return csv.ToString();
    }

    /// <summary>One cell as written: guarded against formulas, then quoted when it must be.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var guarded = value.Length > 0 && Array.IndexOf(Formula, value[0]) >= 0 ? "'" + value : value;
        return guarded.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : guarded;
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
