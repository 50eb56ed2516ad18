namespace Sightline.Web.Tests.FlagChecks;

/// <summary>The flag check over PostgreSQL (./test.sh starts the server; without it these fail, saying so).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlFlagCheckTests(PostgreSqlSite site) : FlagCheckBehaviour(site), IClassFixture<PostgreSqlSite>;
