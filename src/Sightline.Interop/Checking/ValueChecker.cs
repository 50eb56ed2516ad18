using System.Globalization;
using System.Text.Json;

namespace Sightline.Interop.Checking;

/// <summary>Checks one field's value against its <see cref="ValueRule"/>, reporting at the field's path.</summary>
internal sealed class ValueChecker(ProblemLog log, RecordIndex index, DayForm days)
{
    public void Check(JsonPath path, JsonElement value, ValueRule rule)
    {
        switch (rule.Shape)
        {
            case ValueShape.Text:
                if (!IsText(value))
                {
                    log.Add(path, $"must be a non-empty string, got {JsonValueText.Show(value)}");
                }
                break;
            case ValueShape.Flag:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    log.Add(path, $"must be true or false, got {JsonValueText.Show(value)}");
                }
                break;
            case ValueShape.Day:
                CheckDay(path, value);
                break;
            case ValueShape.Centile:
                // The fall in growth is measured in z-scores, and the 0th and 100th centiles have none.
                if (!(value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var centile)
                      && double.IsFinite(centile) && centile is > 0 and < 100))
                {
                    log.Add(path, $"must be a centile above 0 and below 100, got {JsonValueText.Show(value)}");
                }
                break;
            case ValueShape.Stage:
                if (!(IsWholeNumber(value, out var stage) && stage is >= 1 and <= 4))
                {
                    log.Add(path, $"must be an integer from 1 to 4, got {JsonValueText.Show(value)}");
                }
                break;
            case ValueShape.OneOf:
                if (value.ValueKind != JsonValueKind.String || !rule.Allowed.Contains(value.GetString(), StringComparer.Ordinal))
                {
                    log.Add(path, $"{JsonValueText.Show(value)} is not one of {JsonValueText.List(rule.Allowed)}");
                }
                break;
            case ValueShape.Agency:
                CheckReference(path, value, index.Agencies.Contains, "agency");
                break;
            case ValueShape.Person:
                CheckReference(path, value, index.Persons.ContainsKey, "person");
                break;
            case ValueShape.Agencies:
                CheckReferences(path, value, index.Agencies.Contains, "agency");
                break;
            case ValueShape.Persons:
                CheckReferences(path, value, index.Persons.ContainsKey, "person");
                break;
            case ValueShape.LocalAuthority:
                if (IsText(value))
                {
                    // Matched against the agencies' areas once every agency has been read.
                    index.LocalAuthorityUses.Add((path, value.GetString()!));
                }
                else
                {
                    log.Add(path, $"must be a non-empty local authority name, got {JsonValueText.Show(value)}");
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Shape, "Unknown value shape.");
        }
    }

    public static bool IsText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());

    /// <summary>A JSON number written as a whole number that fits an <see cref="int"/> (<c>12.0</c> is not one).</summary>
    public static bool IsWholeNumber(JsonElement value, out int number)
    {
        number = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out number);
    }

    private void CheckDay(JsonPath path, JsonElement value)
    {
        if (days == DayForm.CalendarDate)
        {
            if (!TryReadDate(value, out _))
            {
                log.Add(path, $"must be a calendar date YYYY-MM-DD, got {JsonValueText.Show(value)}");
            }
            return;
        }
        if (IsWholeNumber(value, out var day))
        {
            if (index.Start is { } start && !IsInCalendar(start, day))
            {
                log.Add(path, $"day {day} falls outside the calendar (before year 1 or after year 9999)");
            }
        }
        else if (value.ValueKind == JsonValueKind.Number && value.GetRawText().All(c => c == '-' || char.IsAsciiDigit(c)))
        {
            log.Add(path, $"day {value.GetRawText()} falls outside the calendar (before year 1 or after year 9999)");
        }
        else
        {
            log.Add(path, $"must be an integer (a day number), got {JsonValueText.Show(value)}");
        }
    }

    /// <summary>A JSON string holding a calendar date, <c>YYYY-MM-DD</c>.</summary>
    public static bool TryReadDate(JsonElement value, out DateOnly date)
    {
        date = default;
        return value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool IsInCalendar(DateOnly start, int day)
    {
        var dayNumber = (long)start.DayNumber + day;
        return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber;
    }

    private void CheckReference(JsonPath path, JsonElement value, Func<string, bool> isKnown, string what)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            log.Add(path, $"must be {Article(what)} {what} id (a string), got {JsonValueText.Show(value)}");
        }
        else if (!isKnown(value.GetString()!))
        {
            log.Add(path, $"unknown {what} id {JsonValueText.Show(value)}");
        }
    }

    private void CheckReferences(JsonPath path, JsonElement value, Func<string, bool> isKnown, string what)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            log.Add(path, $"must be a list of {what} ids, got {JsonValueText.Show(value)}");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = JsonPath.Index(path, i++);
            CheckReference(itemPath, item, isKnown, what);
            if (item.ValueKind == JsonValueKind.String && !seen.Add(item.GetString()!))
            {
                log.Add(itemPath, $"{what} {JsonValueText.Show(item)} listed twice");
            }
        }
    }

    /// <summary>"a" or "an" before a word, by its first letter.</summary>
    public static string Article(string word) => word[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";
}
