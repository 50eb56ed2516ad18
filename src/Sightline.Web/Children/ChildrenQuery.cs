namespace Sightline.Web.Children;

/// <summary>What the children page was asked for: an area, only flagged children, which page.</summary>
/// <param name="Area">Only children of this local authority; all when null.</param>
/// <param name="FlaggedOnly">Only children with an active plan or an alert.</param>
/// <param name="Page">The page, from 1.</param>
internal sealed record ChildrenQuery(string? Area, bool FlaggedOnly, int Page)
{
    /// <summary>Children per page: enough to scan, few enough to read.</summary>
    public const int PageSize = 50;
}
