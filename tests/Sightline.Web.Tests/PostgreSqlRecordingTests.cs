namespace Sightline.Web.Tests;

/// <summary>Recording behaviour over PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlRecordingTests(PostgreSqlSite site) : RecordingBehaviour(site), IClassFixture<PostgreSqlSite>;
