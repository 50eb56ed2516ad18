using System.Globalization;

namespace Sightline.Linkage.Comparisons;

/// <summary>One parsed agreement level: its test and the test's parameter (threshold, distance, years).</summary>
internal readonly record struct LevelTest(LevelKind Kind, double Parameter)
{
    /// <summary>Parses a level name for a comparison type, naming <paramref name="field"/> when it is not valid.</summary>
    public static LevelTest Parse(string text, ComparisonType type, string field)
    {
        var parts = (text ?? string.Empty).Split(':');
        var name = parts[0].Trim().ToLowerInvariant();
        double? parameter = parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null;
        if (parts.Length > 2 || (parts.Length == 2 && parameter is null))
        {
            throw new LinkageSettingsException(field, $"'{text}' has a parameter that is not a number.");
        }
        LevelTest? test = (type, name) switch
        {
            (_, "exact") or (ComparisonType.Postcode, "full") => new LevelTest(LevelKind.Exact, 0),
            (ComparisonType.Text, "alias") => new LevelTest(LevelKind.Alias, 0),
            (ComparisonType.Text, "phonetic") => new LevelTest(LevelKind.Phonetic, 0),
            (ComparisonType.Text, "initial") => new LevelTest(LevelKind.Initial, 0),
            (ComparisonType.Text, "jaro_winkler") when parameter is > 0 and <= 1 => new LevelTest(LevelKind.JaroWinkler, parameter.Value),
            (ComparisonType.Text, "levenshtein") when parameter is >= 1 and <= 10 => new LevelTest(LevelKind.Levenshtein, Math.Floor(parameter.Value)),
            (ComparisonType.Text, "damerau") when parameter is >= 1 and <= 10 => new LevelTest(LevelKind.Damerau, Math.Floor(parameter.Value)),
            (ComparisonType.Date, "day_month_swapped") => new LevelTest(LevelKind.DayMonthSwapped, 0),
            (ComparisonType.Date, "one_part_different") => new LevelTest(LevelKind.OnePartDifferent, 0),
            (ComparisonType.Date, "years") when parameter is > 0 and <= 200 => new LevelTest(LevelKind.WithinYears, parameter.Value),
            (ComparisonType.Postcode, "sector") => new LevelTest(LevelKind.PostcodeSector, 0),
            (ComparisonType.Postcode, "district") => new LevelTest(LevelKind.PostcodeDistrict, 0),
            _ => null,
        };
        return test ?? throw new LinkageSettingsException(field,
            $"'{text}' is not a level of a {type.ToString().ToLowerInvariant()} comparison (or its parameter is out of range).");
    }
}
