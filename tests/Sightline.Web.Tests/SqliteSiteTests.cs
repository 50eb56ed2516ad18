namespace Sightline.Web.Tests;

/// <summary>The pages over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteSiteTests(SqliteSite site) : SiteBehaviour(site), IClassFixture<SqliteSite>;
