using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>Access facts and break-glass on PostgreSQL (./test.sh starts the server).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlAccessTests(PostgreSqlServer server) : AccessBehaviour(server), IClassFixture<PostgreSqlServer>;
