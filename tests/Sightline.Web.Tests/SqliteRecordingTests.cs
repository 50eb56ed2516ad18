namespace Sightline.Web.Tests;

/// <summary>Recording behaviour over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteRecordingTests(SqliteSite site) : RecordingBehaviour(site), IClassFixture<SqliteSite>;
