namespace Sightline.Web.Tests;

/// <summary>Security behaviour over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteSecurityTests(SqliteSite site) : SecurityBehaviour(site), IClassFixture<SqliteSite>;
