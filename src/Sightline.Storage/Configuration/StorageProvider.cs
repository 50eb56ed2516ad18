namespace Sightline.Storage.Configuration;

/// <summary>The database engine Sightline stores into.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: production, and exercised by the test suite against a real server.</summary>
    PostgreSql,
}
