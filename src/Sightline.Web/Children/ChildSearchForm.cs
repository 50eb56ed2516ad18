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
        var number = Typed(NhsNumber) is { } typedNumber ? NhsNumberInput.Read(typedNumber, "nhs-number", errors) : null;
        var born = DateInput.Read("born", "Date of birth", "27 3 2024", BornDay, BornMonth, BornYear, errors);
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

    /// <summary>Null for nothing typed; otherwise the text trimmed, cut to the longest kept.</summary>
    private static string? Typed(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, ChildrenQuery.MaxSearchLength)];
    }
}
