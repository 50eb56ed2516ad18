namespace Sightline.Web.Tests;

/// <summary>The replay page over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteReplayTests(SqliteSite site) : ReplayBehaviour(site), IClassFixture<SqliteSite>;
