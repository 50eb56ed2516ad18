namespace Sightline.Core.Persons;

/// <summary>
/// A UK postcode split into its parts: "SW1A 1AA" has outward code (district) "SW1A",
/// sector "SW1A 1" and unit "SW1A 1AA". Parsing ignores case and spaces.
/// </summary>
/// <param name="Outward">The outward code: area letters and district, e.g. "SW1A".</param>
/// <param name="Inward">The inward code: sector digit and unit letters, e.g. "1AA".</param>
[System.Text.Json.Serialization.JsonConverter(typeof(UkPostcodeJsonConverter))]
public sealed record UkPostcode(string Outward, string Inward)
{
    /// <inheritdoc/>
    public override string ToString() => Full;

    /// <summary>Parses a postcode that must be valid.</summary>
    /// <exception cref="FormatException">When it does not have the shape of a UK postcode.</exception>
    public static UkPostcode Parse(string text) =>
        TryParse(text, out var postcode) ? postcode : throw new FormatException($"'{text}' is not a UK postcode.");

    /// <summary>The full postcode with one space, e.g. "SW1A 1AA".</summary>
    public string Full => $"{Outward} {Inward}";

    /// <summary>The sector, e.g. "SW1A 1".</summary>
    public string Sector => $"{Outward} {Inward[0]}";

    /// <summary>The district (outward code), e.g. "SW1A".</summary>
    public string District => Outward;

    /// <summary>Parses a postcode; false when it does not have the shape of one (A9 9AA to AA9A 9AA).</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UkPostcode? postcode)
    {
        postcode = null;
        if (text is null)
        {
            return false;
        }
        Span<char> compact = stackalloc char[8];
        var length = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                continue;
            }
            if (length == 7 || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
            compact[length++] = char.ToUpperInvariant(c);
        }
        if (length < 5)
        {
            return false;
        }
        var inward = compact.Slice(length - 3, 3);
        var outward = compact[..(length - 3)];
        if (!char.IsAsciiDigit(inward[0]) || !char.IsAsciiLetter(inward[1]) || !char.IsAsciiLetter(inward[2])
            || !char.IsAsciiLetter(outward[0]) || !OutwardHasDistrictDigit(outward))
        {
            return false;
        }
        postcode = new UkPostcode(new string(outward), new string(inward));
        return true;
    }

    private static bool OutwardHasDistrictDigit(ReadOnlySpan<char> outward)
    {
        // One or two area letters, then a district that starts with a digit.
        var letters = char.IsAsciiLetter(outward[1]) ? 2 : 1;
        return outward.Length > letters && char.IsAsciiDigit(outward[letters]);
    }
}
