using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage.Configuration;

/// <summary>SQLite settings: the migrations assembly and the database file's folder.</summary>
internal static class SqliteDatabase
{
    /// <summary>The assembly holding the SQLite migrations (one migrations assembly per engine).</summary>
    public const string MigrationsAssembly = "Sightline.Storage.Sqlite";

    public static void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        EnsureFolder(connectionString);
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(MigrationsAssembly)
            // One JSON parameter per list, whatever its length: a large batch cannot run into
            // SQLite's limit on the number of parameters.
            .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        builder.AddInterceptors(SqliteBusyWait.Instance);
    }

    /// <summary>Creates the folder of a file database, so a fresh checkout runs without set-up.</summary>
    private static void EnsureFolder(string connectionString)
    {
        var settings = new SqliteConnectionStringBuilder(connectionString);
        var file = settings.DataSource;
        var inMemory = settings.Mode == SqliteOpenMode.Memory
            || string.IsNullOrEmpty(file)
            || file == ":memory:"
            || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (inMemory)
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
