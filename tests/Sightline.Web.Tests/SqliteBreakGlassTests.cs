namespace Sightline.Web.Tests;

/// <summary>BreakGlass behaviour over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteBreakGlassTests(SqliteSite site) : BreakGlassBehaviour(site), IClassFixture<SqliteSite>;
