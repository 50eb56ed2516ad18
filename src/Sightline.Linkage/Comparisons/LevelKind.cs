namespace Sightline.Linkage.Comparisons;

/// <summary>The tests a comparison level can make.</summary>
internal enum LevelKind
{
    Exact,
    Alias,
    Phonetic,
    Initial,
    JaroWinkler,
    Levenshtein,
    Damerau,
    DayMonthSwapped,
    OnePartDifferent,
    WithinYears,
    PostcodeSector,
    PostcodeDistrict,
}
