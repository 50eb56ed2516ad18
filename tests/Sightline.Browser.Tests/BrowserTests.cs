namespace Sightline.Browser.Tests;

/// <summary>Every browser test shares one site and one browser: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
