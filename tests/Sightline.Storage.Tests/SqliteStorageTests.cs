using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>The storage behaviour on SQLite, a fresh database file per test.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteStorageTests(SqliteFiles files) : StorageBehaviour(files), IClassFixture<SqliteFiles>;
