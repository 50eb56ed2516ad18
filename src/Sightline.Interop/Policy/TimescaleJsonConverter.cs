using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Sightline.Core.Calendar;

namespace Sightline.Interop.Policy;

/// <summary>Reads and writes a timescale as people write it: "15 working days", "3 months", "42 days".</summary>
public sealed partial class TimescaleJsonConverter : JsonConverter<Timescale>
{
    /// <summary>Parses "N working day(s)", "N day(s)" or "N month(s)".</summary>
    public static bool TryParse(string? text, out Timescale? timescale)
    {
        timescale = null;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return false;
        }
        timescale = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "working day" or "working days" => Timescale.WorkingDays(n),
            "day" or "days" => Timescale.Days(n),
            _ => Timescale.Months(n),
        };
        return true;
    }

    /// <inheritdoc/>
    public override Timescale Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return TryParse(text, out var timescale)
            ? timescale!
            : throw new JsonException($"'{text}' is not a timescale: write \"15 working days\", \"42 days\" or \"3 months\".");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Timescale value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString().Replace("within ", "", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,4})\s+(?<unit>working days?|days?|months?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
