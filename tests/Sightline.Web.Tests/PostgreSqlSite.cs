using Sightline.Web.Tests.Databases;

namespace Sightline.Web.Tests;

/// <summary>The site on a PostgreSQL database of the server that ./test.sh starts.</summary>
public sealed class PostgreSqlSite() : SiteFixture(new PostgreSqlServer());
