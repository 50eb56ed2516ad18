namespace Sightline.Web.Tests;

/// <summary>Security behaviour over PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlSecurityTests(PostgreSqlSite site) : SecurityBehaviour(site), IClassFixture<PostgreSqlSite>;
