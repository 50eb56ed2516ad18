namespace Sightline.Web.Tests;

/// <summary>Intake over PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlIntakeTests(PostgreSqlSite site) : IntakeBehaviour(site), IClassFixture<PostgreSqlSite>;
