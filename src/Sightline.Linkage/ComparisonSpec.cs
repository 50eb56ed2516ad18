namespace Sightline.Linkage;

/// <summary>
/// One comparison of the model: which column, read as what, and its agreement levels from the
/// strongest down (an implicit "else" level follows the last). Level names by type:
/// text — <c>exact</c>, <c>alias</c> (nickname table), <c>phonetic</c> (NYSIIS),
/// <c>initial</c>, <c>jaro_winkler:T</c>, <c>levenshtein:K</c>, <c>damerau:K</c>;
/// date — <c>exact</c>, <c>day_month_swapped</c>, <c>one_part_different</c>, <c>years:N</c>;
/// postcode — <c>full</c>, <c>sector</c>, <c>district</c>; NHS number — <c>exact</c>.
/// </summary>
/// <param name="Name">The comparison's name in the model and in explanations.</param>
/// <param name="Column">The column it reads.</param>
/// <param name="Type">How the column's values are read.</param>
/// <param name="Levels">Agreement levels, strongest first.</param>
/// <param name="TermFrequency">Whether exact agreement is weighted by how rare the value is.</param>
public sealed record ComparisonSpec(string Name, string Column, ComparisonType Type, IReadOnlyList<string> Levels, bool TermFrequency = false);
