namespace Sightline.Web.Tests;

/// <summary>BreakGlass behaviour over PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlBreakGlassTests(PostgreSqlSite site) : BreakGlassBehaviour(site), IClassFixture<PostgreSqlSite>;
