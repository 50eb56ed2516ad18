using Sightline.Core.Persons;

namespace Sightline.Web.Children;

/// <summary>A postcode typed into the search: a whole postcode, or only its district (outward code).</summary>
/// <param name="Postcode">The whole postcode, when one was typed.</param>
/// <param name="District">The district, when only that was typed.</param>
internal sealed record PostcodeSearch(UkPostcode? Postcode, string? District)
{
    /// <summary>Reads "SW1A 1AA", "sw1a1aa" or "SW1A"; null when the text is neither a postcode nor a district.</summary>
    public static PostcodeSearch? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (UkPostcode.TryParse(text, out var whole))
        {
            return new PostcodeSearch(whole, null);
        }
        // A district is whatever makes a whole postcode with an inward code after it.
        return !text.Contains(' ', StringComparison.Ordinal) && UkPostcode.TryParse($"{text} 1AA", out var withInward)
            ? new PostcodeSearch(null, withInward.District)
            : null;
    }

    /// <summary>True when the child's recorded postcode is this one, or in this district.</summary>
    public bool Matches(UkPostcode? recorded) =>
        recorded is not null && (Postcode is { } whole ? recorded == whole : recorded.District == District);

    public override string ToString() => Postcode?.Full ?? District ?? "";
}
