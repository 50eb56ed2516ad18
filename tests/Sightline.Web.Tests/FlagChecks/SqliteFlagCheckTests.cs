namespace Sightline.Web.Tests.FlagChecks;

/// <summary>The flag check over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteFlagCheckTests(SqliteSite site) : FlagCheckBehaviour(site), IClassFixture<SqliteSite>;
