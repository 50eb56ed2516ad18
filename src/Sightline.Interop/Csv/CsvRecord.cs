namespace Sightline.Interop.Csv;

/// <summary>One record of a CSV file: its fields, and the line each field starts on (a quoted field may span lines).</summary>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Lines">The line (from 1) each field starts on.</param>
public sealed record CsvRecord(IReadOnlyList<string> Fields, IReadOnlyList<int> Lines)
{
    /// <summary>The line the record starts on.</summary>
    public int Line => Lines[0];
}
