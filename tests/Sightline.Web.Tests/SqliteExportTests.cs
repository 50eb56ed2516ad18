namespace Sightline.Web.Tests;

/// <summary>The chronology's exports over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteExportTests(SqliteSite site) : ExportBehaviour(site), IClassFixture<SqliteSite>;
