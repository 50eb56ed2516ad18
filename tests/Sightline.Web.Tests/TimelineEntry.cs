namespace Sightline.Web.Tests;

/// <summary>One entry of a chronology timeline as a reader sees it.</summary>
public sealed record TimelineEntry(string Date, string By, string Title, string About, string? Note);
