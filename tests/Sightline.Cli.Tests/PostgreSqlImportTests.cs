using Sightline.Cli.Tests.Databases;

namespace Sightline.Cli.Tests;

/// <summary>Import over PostgreSQL.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlImportTests() : ImportBehaviour(new PostgreSqlServer());
