using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>The audit chain on SQLite, a fresh database file per test.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteAuditTests(SqliteFiles files) : AuditBehaviour(files), IClassFixture<SqliteFiles>;
