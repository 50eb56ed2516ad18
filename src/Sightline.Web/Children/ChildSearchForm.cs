using System.Globalization;
using Sightline.Core.Persons;
using Sightline.Web.Presentation;

namespace Sightline.Web.Children;

/// <summary>
/// The find-a-child form as typed: an NHS number, or a name, a date of birth (day, month and
/// year boxes) and a postcode, plus the list's filters. <see cref="Read"/> turns it into a query, or into the
/// problems to show in the error summary, worded as the design system words them.
/// </summary>
internal sealed record ChildSearchForm
{
    public string? NhsNumber { get; init; }

    public string? Name { get; init; }

    public string? BornDay { get; init; }

    public string? BornMonth { get; init; }

    public string? BornYear { get; init; }

    public string? Postcode { get; init; }

    public string? Area { get; init; }

    public bool Flagged { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>The query, and the problems with what was typed; a field with a problem is left out of the query.</summary>
    public (ChildrenQuery Query, IReadOnlyList<FormError> Errors) Read()
    {
        var errors = new List<FormError>();
        NhsNumber? number = null;
        if (Typed(NhsNumber) is { } typedNumber)
        {
            if (Core.Persons.NhsNumber.TryParse(typedNumber, out var parsed))
            {
                number = parsed;
            }
            else
            {
                errors.Add(new FormError("nhs-number", typedNumber.Count(char.IsAsciiDigit) == 10 && typedNumber.All(c => char.IsAsciiDigit(c) || c is ' ' or '-')
                    ? "Enter a real NHS number: the last digit of this one does not check"
                    : "Enter an NHS number of 10 digits, like 943 476 5919"));
            }
        }
        var born = ReadBorn(errors);
        PostcodeSearch? postcode = null;
        if (Typed(Postcode) is { } typedPostcode)
        {
            postcode = PostcodeSearch.Read(typedPostcode);
            if (postcode is null)
            {
                errors.Add(new FormError("postcode", "Enter a real postcode, like SW1A 1AA, or its first part, like SW1A"));
            }
        }
        return (new ChildrenQuery(number, Typed(Name), born, postcode, Typed(Area), Flagged, Page), errors);
    }

    private DateOnly? ReadBorn(List<FormError> errors)
    {
        var (day, month, year) = (Typed(BornDay), Typed(BornMonth), Typed(BornYear));
        if (day is null && month is null && year is null)
        {
            return null;
        }
        var missing = new[] { ("day", day), ("month", month), ("year", year) }.Where(p => p.Item2 is null).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            var first = missing[0];
            errors.Add(new FormError($"born-{first}", $"Date of birth must include a {Words.List(missing)}"));
            return null;
        }
        if (int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }
        errors.Add(new FormError("born-day", "Date of birth must be a real date, like 27 3 2024"));
        return null;
    }

    /// <summary>Null for nothing typed; otherwise the text trimmed, cut to the longest kept.</summary>
    private static string? Typed(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, ChildrenQuery.MaxSearchLength)];
    }
}
