namespace Sightline.Web.Tests;

/// <summary>Intake over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteIntakeTests(SqliteSite site) : IntakeBehaviour(site), IClassFixture<SqliteSite>;
