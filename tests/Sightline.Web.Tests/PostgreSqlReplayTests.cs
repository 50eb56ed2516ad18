namespace Sightline.Web.Tests;

/// <summary>The replay page over PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlReplayTests(PostgreSqlSite site) : ReplayBehaviour(site), IClassFixture<PostgreSqlSite>;
