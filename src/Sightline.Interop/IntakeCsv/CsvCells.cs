using System.Globalization;
using System.Text.Json;
using Sightline.Interop.Checking;

namespace Sightline.Interop.IntakeCsv;

/// <summary>
/// Writes a spreadsheet cell as the JSON value its field takes, by the field's shape, so the
/// same checks as JSON intake judge it: <c>true</c>/<c>false</c> become booleans, numbers
/// numbers, <c>a;b</c> a list. A cell that does not convert is written as text, and the checks
/// then say what was wanted (<c>must be true or false, got 'yes'</c>).
/// </summary>
internal static class CsvCells
{
    /// <summary>What separates the items of a list in a cell: <c>P-100;P-101</c>.</summary>
    public const char ListSeparator = ';';

    public static void Write(Utf8JsonWriter writer, string name, string cell, ValueShape shape)
    {
        switch (shape)
        {
            case ValueShape.Flag when cell is "true" or "false":
                writer.WriteBoolean(name, cell == "true");
                break;
            case ValueShape.Centile or ValueShape.Stage
                when decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number):
                writer.WriteNumber(name, number);
                break;
            case ValueShape.Agencies or ValueShape.Persons:
                writer.WriteStartArray(name);
                foreach (var item in Items(cell))
                {
                    writer.WriteStringValue(item);
                }
                writer.WriteEndArray();
                break;
            default:
                writer.WriteString(name, cell);
                break;
        }
    }

    /// <summary>The items of a list cell, trimmed, empty ones left out (a trailing <c>;</c> is harmless).</summary>
    public static IEnumerable<string> Items(string cell) =>
        cell.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
