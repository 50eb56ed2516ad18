using System.Globalization;
using System.Text;
using Sightline.Cli.Hosting;
using Sightline.Core.Vocabulary;
using Sightline.Storage.Audit;

namespace Sightline.Cli.Commands;

/// <summary>
/// A record's access history as a table for the terminal. Every value is made inert first: the
/// what and why are free text that anyone who can search or break the glass can choose, so a
/// control character (a terminal escape sequence, a newline forging a row) or an invisible
/// formatting character (a right-to-left override) is written as a visible escape instead.
/// </summary>
internal static class AuditLines
{
    private static readonly string[] Headings = ["#", "when (UTC)", "who", "agency", "role", "action", "what", "why", "from"];

    public static IEnumerable<string> Table(string person, IReadOnlyList<AuditEntry> entries)
    {
        yield return $"access history of {Inert(person)}: {Counted.Of(entries.Count, "entry", "entries")}, newest first";
        if (entries.Count == 0)
        {
            yield break;
        }
        var rows = entries.Select(Cells).Prepend(Headings).ToList();
        var widths = Enumerable.Range(0, Headings.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            yield return string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd();
        }
    }

    /// <summary>The text with control and formatting characters written as visible escapes.</summary>
    public static string Inert(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "-";
        }
        var inert = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                inert.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                });
            }
            else
            {
                inert.Append(c);
            }
        }
        return inert.ToString();
    }

    private static string[] Cells(AuditEntry entry) =>
    [
        entry.Sequence.ToString(CultureInfo.InvariantCulture),
        entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        Inert(entry.Actor),
        Inert(entry.Agency?.Value),
        Inert(entry.Role),
        Wire.Name(entry.Action),
        Inert(entry.What),
        Inert(entry.Why),
        Inert(entry.From),
    ];
}
