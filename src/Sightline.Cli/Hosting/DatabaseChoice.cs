using System.CommandLine;
using Microsoft.Data.Sqlite;
using Sightline.Storage.Configuration;
using Sightline.Web;

namespace Sightline.Cli.Hosting;

/// <summary>
/// The <c>--sqlite FILE</c> option of the commands that use the database, and the rule it
/// completes: that file when given; else PostgreSQL when <c>SIGHTLINE_DATABASE</c> is set; else
/// SQLite in <c>./data/sightline.db</c>.
/// </summary>
internal static class DatabaseChoice
{
    public static Option<FileInfo?> CreateOption() => new("--sqlite")
    {
        Description = "Use this SQLite database file (created when missing). Without it: PostgreSQL when SIGHTLINE_DATABASE is set, else ./data/sightline.db.",
        HelpName = "FILE",
    };

    public static StorageOptions Resolve(FileInfo? sqlite) =>
        sqlite is null ? StorageOptions.FromEnvironment() : SiteDatabase.SqliteFile(sqlite.FullName);

    /// <summary>Where the records go, in words, without a password a connection string may hold.</summary>
    public static string Describe(StorageOptions database) => database.Provider switch
    {
        StorageProvider.Sqlite => $"SQLite database {Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)}",
        _ => $"PostgreSQL database from {StorageOptions.DatabaseVariable}",
    };
}
