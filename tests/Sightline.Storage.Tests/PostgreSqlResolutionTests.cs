using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>Identity resolution on PostgreSQL (./test.sh starts the server).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlResolutionTests(PostgreSqlServer server) : ResolutionBehaviour(server), IClassFixture<PostgreSqlServer>;
