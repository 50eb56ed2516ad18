using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>Identity resolution on SQLite, a fresh database file per test.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteResolutionTests(SqliteFiles files) : ResolutionBehaviour(files), IClassFixture<SqliteFiles>;
