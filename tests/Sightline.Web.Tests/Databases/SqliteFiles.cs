using Microsoft.Data.Sqlite;
using Sightline.Storage.Configuration;

namespace Sightline.Web.Tests.Databases;

/// <summary>Fresh SQLite databases: a new file per site in a temporary folder, removed at the end.</summary>
public sealed class SqliteFiles : ITestDatabases, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("sightline-web-tests-");

    public Task<StorageOptions> CreateAsync() =>
        Task.FromResult(SiteDatabase.SqliteFile(Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db")));

    public (string Name, string Value) SiteSetting(StorageOptions database) =>
        (SiteDatabase.SqliteSetting, new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);

    public Task DropAsync(StorageOptions database)
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        File.Delete(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
