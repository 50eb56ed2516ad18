using Sightline.Web.Tests.Databases;

namespace Sightline.Web.Tests;

/// <summary>The site on a SQLite file.</summary>
public sealed class SqliteSite() : SiteFixture(new SqliteFiles());
