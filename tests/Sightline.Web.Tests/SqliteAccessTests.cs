namespace Sightline.Web.Tests;

/// <summary>Access behaviour over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteAccessTests(SqliteSite site) : AccessBehaviour(site), IClassFixture<SqliteSite>;
