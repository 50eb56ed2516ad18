using Sightline.Cli.Tests.Databases;

namespace Sightline.Cli.Tests;

/// <summary>Import over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteImportTests() : ImportBehaviour(new SqliteFiles());
