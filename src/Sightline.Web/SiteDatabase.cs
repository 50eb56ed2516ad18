using Microsoft.Data.Sqlite;
using Sightline.Storage.Configuration;

namespace Sightline.Web;

/// <summary>
/// Which database the site uses, from settings a host can give: a SQLite file, a PostgreSQL
/// connection string, or neither (then the storage rule of <see cref="StorageOptions"/>).
/// </summary>
public static class SiteDatabase
{
    /// <summary>The setting naming a SQLite database file (command line <c>--Sightline:Sqlite=FILE</c>, environment <c>Sightline__Sqlite</c>).</summary>
    public const string SqliteSetting = "Sightline:Sqlite";

    /// <summary>The setting holding a PostgreSQL connection string or URL, as <c>SIGHTLINE_DATABASE</c> does.</summary>
    public const string PostgreSqlSetting = "Sightline:Database";

    /// <summary>A SQLite database in <paramref name="file"/>; its folder is created when first used.</summary>
    /// <param name="file">The database file, absolute or relative to the working directory.</param>
    public static StorageOptions SqliteFile(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return new StorageOptions
        {
            Provider = StorageProvider.Sqlite,
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file) }.ToString(),
        };
    }

    /// <summary>
    /// The database the settings choose: <see cref="SqliteSetting"/> first, then
    /// <see cref="PostgreSqlSetting"/>, else <see cref="StorageOptions.FromEnvironment()"/>.
    /// </summary>
    /// <param name="configuration">The host's settings.</param>
    public static StorageOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[SqliteSetting] is { Length: > 0 } file)
        {
            return SqliteFile(file);
        }
        if (configuration[PostgreSqlSetting] is { Length: > 0 } postgreSql)
        {
            return new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = postgreSql };
        }
        return StorageOptions.FromEnvironment();
    }
}
