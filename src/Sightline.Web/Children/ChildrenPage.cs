namespace Sightline.Web.Children;

/// <summary>One page of the children list.</summary>
/// <param name="Children">The children on this page, flagged first.</param>
/// <param name="Areas">Every local authority with a child, for the filter.</param>
/// <param name="Matching">How many children match the filter.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="Pages">How many pages there are.</param>
internal sealed record ChildrenPage(IReadOnlyList<ChildListing> Children, IReadOnlyList<string> Areas, int Matching, int Page, int Pages);
