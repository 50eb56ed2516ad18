namespace Sightline.Web.Tests;

/// <summary>The pages over PostgreSQL (./test.sh starts the server; without it these fail, saying so).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlSiteTests(PostgreSqlSite site) : SiteBehaviour(site), IClassFixture<PostgreSqlSite>;
