using Sightline.Core.Persons;

namespace Sightline.Web.Children;

/// <summary>
/// What the children page was asked for: a child to find (by NHS number, or by name, date of
/// birth and postcode), an area, only flagged children, which page. Every part left out matches
/// every child.
/// </summary>
/// <param name="NhsNumber">The child's NHS number.</param>
/// <param name="Name">The child's name, or part of it.</param>
/// <param name="Born">The child's date of birth.</param>
/// <param name="Postcode">The child's postcode: the whole of it, or only its district ("SW1A").</param>
/// <param name="Area">Only children of this local authority.</param>
/// <param name="FlaggedOnly">Only children with an active plan or an alert.</param>
/// <param name="Page">The page, from 1.</param>
internal sealed record ChildrenQuery(NhsNumber? NhsNumber, string? Name, DateOnly? Born, PostcodeSearch? Postcode, string? Area, bool FlaggedOnly, int Page)
{
    /// <summary>Children per page: enough to scan, few enough to read.</summary>
    public const int PageSize = 50;

    /// <summary>The longest name or area kept; anything longer matches nothing.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>Every child, first page.</summary>
    public static ChildrenQuery All { get; } = new(null, null, null, null, null, false, 1);

    /// <summary>True when the query looks for a particular child rather than listing.</summary>
    public bool IsSearch => NhsNumber is not null || Name is not null || Born is not null || Postcode is not null;

    /// <summary>
    /// True when the child matches the NHS number, the date of birth and the name. With a date of
    /// birth, a name may be spelt differently or shortened (<see cref="NameMatch"/>); without one,
    /// every word typed must begin a word of the name.
    /// </summary>
    public bool Matches(ChildListing child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (NhsNumber is { } number && child.NhsNumber != number.Formatted)
        {
            return false;
        }
        if (Born is { } born && child.Born != born)
        {
            return false;
        }
        if (Postcode is { } postcode && !postcode.Matches(child.Postcode))
        {
            return false;
        }
        return Name is null || NameMatch.Matches(Name, child.Name, closeSpellings: Born is not null);
    }

    /// <summary>The query in words, for the audit log's record of the search.</summary>
    public string Describe() =>
        $"children list: NHS number \"{NhsNumber?.Formatted}\", name \"{Name}\", date of birth \"{Born?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}\", "
        + $"postcode \"{Postcode}\", "
        + $"area \"{Area}\", flagged only {(FlaggedOnly ? "yes" : "no")}, page {Page}";
}
