namespace Sightline.Web.Tests;

/// <summary>Access behaviour over PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlAccessTests(PostgreSqlSite site) : AccessBehaviour(site), IClassFixture<PostgreSqlSite>;
