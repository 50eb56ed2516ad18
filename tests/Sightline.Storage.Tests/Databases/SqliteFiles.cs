using Microsoft.Data.Sqlite;
using Sightline.Storage.Configuration;

namespace Sightline.Storage.Tests.Databases;

/// <summary>Fresh SQLite databases: a new file per test in a temporary folder removed at the end.</summary>
public sealed class SqliteFiles : ITestDatabases, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sightline-storage-tests-");

    public Task<StorageOptions> CreateAsync() => Task.FromResult(new StorageOptions
    {
        Provider = StorageProvider.Sqlite,
        ConnectionString = $"Data Source={Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.db")}",
    });

    public Task DropAsync(StorageOptions database)
    {
        // Pooled connections keep the file open.
        using var connection = new SqliteConnection(database.ConnectionString);
        SqliteConnection.ClearPool(connection);
        File.Delete(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
