using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>The audit chain on PostgreSQL (./test.sh starts the server).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlAuditTests(PostgreSqlServer server) : AuditBehaviour(server), IClassFixture<PostgreSqlServer>;
