namespace Sightline.Web.Tests;

/// <summary>The review list over PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlIdentityReviewTests(PostgreSqlSite site) : IdentityReviewBehaviour(site), IClassFixture<PostgreSqlSite>;
