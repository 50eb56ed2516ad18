using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Core.Persons;

/// <summary>
/// A ten-digit NHS number whose last digit passes the Modulus 11 check. Only valid numbers can
/// be constructed: a number that fails its check is treated as unknown, never as a different person.
/// </summary>
[JsonConverter(typeof(NhsNumberJsonConverter))]
public readonly record struct NhsNumber
{
    private NhsNumber(string digits) => Value = digits;

    /// <summary>The ten digits, without spaces.</summary>
    public string Value { get; }

    /// <summary>Parses "943 476 5919" or "9434765919"; false when not ten digits or the check digit fails.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out NhsNumber? number)
    {
        number = null;
        if (text is null)
        {
            return false;
        }
        Span<char> digits = stackalloc char[10];
        var count = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-')
            {
                continue;
            }
            if (!char.IsAsciiDigit(c) || count == 10)
            {
                return false;
            }
            digits[count++] = c;
        }
        if (count != 10 || CheckDigit(digits[..9]) != digits[9] - '0')
        {
            return false;
        }
        number = new NhsNumber(new string(digits));
        return true;
    }

    /// <summary>Parses a number that must be valid.</summary>
    /// <exception cref="FormatException">When it is not a valid NHS number.</exception>
    public static NhsNumber Parse(string text) =>
        TryParse(text, out var n) ? n.Value : throw new FormatException($"'{text}' is not a valid NHS number.");

    /// <summary>
    /// The Modulus 11 check digit of nine digits: weights 10 down to 2, 11 minus the remainder,
    /// 11 becomes 0, and 10 means no valid number has these nine digits (returns -1).
    /// </summary>
    public static int CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != 9)
        {
            throw new ArgumentException("Nine digits are needed.", nameof(nineDigits));
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nineDigits[i] - '0') * (10 - i);
        }
        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }

    /// <summary>Builds a valid number from nine digits, or null when no check digit exists for them.</summary>
    public static NhsNumber? FromNineDigits(ReadOnlySpan<char> nineDigits)
    {
        var check = CheckDigit(nineDigits);
        return check < 0 ? null : new NhsNumber(string.Concat(nineDigits, check.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The number in the 3-3-4 form people read aloud.</summary>
    public string Formatted => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>Writes an <see cref="NhsNumber"/> as its ten digits.</summary>
internal sealed class NhsNumberJsonConverter : JsonConverter<NhsNumber>
{
    /// <inheritdoc/>
    public override NhsNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NhsNumber.TryParse(reader.GetString(), out var n) ? n.Value : throw new JsonException("Not a valid NHS number.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, NhsNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
