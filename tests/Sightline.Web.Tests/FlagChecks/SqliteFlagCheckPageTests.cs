namespace Sightline.Web.Tests.FlagChecks;

/// <summary>The flag check page over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteFlagCheckPageTests(SqliteSite site) : FlagCheckPageBehaviour(site), IClassFixture<SqliteSite>;
