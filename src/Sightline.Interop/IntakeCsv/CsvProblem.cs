namespace Sightline.Interop.IntakeCsv;

/// <summary>One thing wrong with a CSV file, at a line and a column.</summary>
/// <param name="Line">The line, from 1 (the header is line 1).</param>
/// <param name="Column">The column: the field's number in its row, from 1.</param>
/// <param name="Message">What is wrong, starting with the column's name where there is one.</param>
public sealed record CsvProblem(int Line, int Column, string Message)
{
    /// <summary>The problem as the import prints it after the file name: <c>17:5: injury: 'graze' is not one of …</c>.</summary>
    public override string ToString() => $"{Line}:{Column}: {Message}";
}
