using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>Access facts and break-glass on SQLite, a fresh database file per test.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteAccessTests(SqliteFiles files) : AccessBehaviour(files), IClassFixture<SqliteFiles>;
