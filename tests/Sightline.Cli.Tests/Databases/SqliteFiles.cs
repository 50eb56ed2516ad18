using Microsoft.Data.Sqlite;
using Sightline.Web;

namespace Sightline.Cli.Tests.Databases;

/// <summary>Fresh SQLite database files in a temporary folder, named to the command by <c>--sqlite</c>.</summary>
public sealed class SqliteFiles : ITestDatabases, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("sightline-cli-import-");

    public Task<ImportDatabase> CreateAsync()
    {
        var file = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db");
        return Task.FromResult(new ImportDatabase(SiteDatabase.SqliteFile(file), ["--sqlite", file], new Dictionary<string, string>()));
    }

    public Task DropAsync(ImportDatabase database)
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
