namespace Sightline.Web.Tests;

/// <summary>The chronology's exports over PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlExportTests(PostgreSqlSite site) : ExportBehaviour(site), IClassFixture<PostgreSqlSite>;
