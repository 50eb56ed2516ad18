namespace Sightline.Web.Tests.FlagChecks;

/// <summary>The flag check page over PostgreSQL (./test.sh starts the server; without it these fail, saying so).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlFlagCheckPageTests(PostgreSqlSite site) : FlagCheckPageBehaviour(site), IClassFixture<PostgreSqlSite>;
