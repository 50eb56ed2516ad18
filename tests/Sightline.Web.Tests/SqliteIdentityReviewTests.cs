namespace Sightline.Web.Tests;

/// <summary>The review list over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteIdentityReviewTests(SqliteSite site) : IdentityReviewBehaviour(site), IClassFixture<SqliteSite>;
