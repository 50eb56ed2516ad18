namespace Sightline.Web.Children;

/// <summary>What the children page was asked for: a search, an area, only flagged children, which page.</summary>
/// <param name="Search">Part of a name, or an NHS number with or without spaces; all when null.</param>
/// <param name="Area">Only children of this local authority; all when null.</param>
/// <param name="FlaggedOnly">Only children with an active plan or an alert.</param>
/// <param name="Page">The page, from 1.</param>
internal sealed record ChildrenQuery(string? Search, string? Area, bool FlaggedOnly, int Page)
{
    /// <summary>Children per page: enough to scan, few enough to read.</summary>
    public const int PageSize = 50;

    /// <summary>The longest search kept; anything longer matches no name.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>True when the child matches the search: the text inside the name (any case), or the NHS number's digits.</summary>
    public bool Matches(ChildListing child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (string.IsNullOrWhiteSpace(Search))
        {
            return true;
        }
        var text = Search.Trim();
        if (child.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var digits = text.Replace(" ", "", StringComparison.Ordinal);
        return digits.Length == 10 && digits.All(char.IsAsciiDigit) && child.NhsNumber?.Replace(" ", "", StringComparison.Ordinal) == digits;
    }

    /// <summary>The query in words, for the audit log's record of the search.</summary>
    public string Describe() =>
        $"children list: search \"{Search}\", area \"{Area}\", flagged only {(FlaggedOnly ? "yes" : "no")}, page {Page}";
}
