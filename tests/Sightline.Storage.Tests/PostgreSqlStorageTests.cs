using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>
/// The storage behaviour on PostgreSQL, a fresh database per test on the server named by
/// <c>SIGHTLINE_TEST_POSTGRES</c> (./test.sh starts one). Filter out with <c>--filter Database!=PostgreSQL</c>.
/// </summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlStorageTests(PostgreSqlServer server) : StorageBehaviour(server), IClassFixture<PostgreSqlServer>;
