namespace Sightline.Interop.Linkage;

/// <summary>A parsed CSV file: trimmed header names and rows (empty fields are null), with each row's starting line.</summary>
/// <param name="Header">Column names.</param>
/// <param name="Rows">One value per column per row.</param>
/// <param name="Lines">The line number (1-based) where each row starts.</param>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<string?[]> Rows, IReadOnlyList<int> Lines);
