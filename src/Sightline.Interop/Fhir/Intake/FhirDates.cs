using System.Globalization;
using System.Text.RegularExpressions;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// FHIR R4's <c>date</c> and <c>dateTime</c> as Sightline needs them: a whole calendar day. A
/// <c>dateTime</c> gives the day as the sender wrote it (its own offset), because that is the day
/// the practitioner saw the child; R4 requires a time zone whenever a time is given.
/// </summary>
internal static partial class FhirDates
{
    /// <summary>Reads a <c>date</c>; the message says what is wrong otherwise.</summary>
    public static bool TryReadDate(string text, out DateOnly date, out string? problem)
    {
        date = default;
        if (PartialDate().IsMatch(text))
        {
            problem = $"'{text}' is a partial date; Sightline needs the whole day (YYYY-MM-DD)";
            return false;
        }
        if (text.Length != 10 || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problem = $"'{text}' is not a FHIR date (YYYY-MM-DD)";
            return false;
        }
        problem = null;
        return true;
    }

    /// <summary>Reads the day of a <c>dateTime</c> (or <c>instant</c>); the message says what is wrong otherwise.</summary>
    public static bool TryReadDay(string text, out DateOnly day, out string? problem)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            return TryReadDate(text, out day, out problem);
        }
        day = default;
        if (!TryReadDate(text[..t], out var date, out _) || !Time().IsMatch(text[(t + 1)..]))
        {
            problem = $"'{text}' is not a FHIR dateTime (YYYY-MM-DDThh:mm:ss with Z or an offset such as +01:00)";
            return false;
        }
        day = date;
        problem = null;
        return true;
    }

    [GeneratedRegex(@"^\d{4}(-\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialDate();

    // R4: when hours and minutes are given, a time zone SHALL be too.
    [GeneratedRegex(@"^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$", RegexOptions.CultureInvariant)]
    private static partial Regex Time();
}
