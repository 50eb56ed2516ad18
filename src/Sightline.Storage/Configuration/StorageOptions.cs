using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage.Configuration;

/// <summary>
/// Which database to use and how to reach it.
/// <para>
/// The rule: SQLite is the default, in the file <c>./data/sightline.db</c> (relative to the
/// working directory; the folder is created when missing). When the environment variable
/// <c>SIGHTLINE_DATABASE</c> is set and not blank, it is a PostgreSQL connection string
/// (<c>Host=…;Database=…;Username=…</c>) or URL (<c>postgres://user:password@host:5432/db</c>) and
/// selects PostgreSQL. Whatever code sets explicitly (the delegate given to
/// <see cref="StorageServiceCollectionExtensions.AddSightlineStorage"/>) is applied after that,
/// and so wins.
/// </para>
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The environment variable that selects PostgreSQL and holds its connection string or URL.</summary>
    public const string DatabaseVariable = "SIGHTLINE_DATABASE";

    /// <summary>The default SQLite database: a file under <c>./data</c>.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/sightline.db";

    /// <summary>The engine; <see cref="StorageProvider.Sqlite"/> unless chosen otherwise.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// A connection string for <see cref="Provider"/>. For PostgreSQL a <c>postgres://</c> or
    /// <c>postgresql://</c> URL is accepted too.
    /// </summary>
    public string ConnectionString { get; set; } = DefaultSqliteConnectionString;

    /// <summary>The options the process environment selects (see the rule on <see cref="StorageOptions"/>).</summary>
    public static StorageOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>The options that a set of environment variables selects, read through <paramref name="variable"/>.</summary>
    /// <param name="variable">Returns an environment variable's value, or null when it is not set.</param>
    public static StorageOptions FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var database = variable(DatabaseVariable);
        return string.IsNullOrWhiteSpace(database)
            ? new StorageOptions()
            : new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = database.Trim() };
    }

    /// <summary>
    /// Points an EF options builder at this database, with the migrations assembly of its provider.
    /// For SQLite, creates the database file's folder when it is missing.
    /// </summary>
    /// <param name="builder">The builder to configure.</param>
    public void Configure(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (Provider)
        {
            case StorageProvider.Sqlite:
                SqliteDatabase.Configure(builder, ConnectionString);
                break;
            case StorageProvider.PostgreSql:
                PostgreSqlDatabase.Configure(builder, ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown storage provider {Provider}.");
        }
    }

    /// <summary>Context options for this database, for use without dependency injection.</summary>
    public DbContextOptions<SightlineDbContext> BuildContextOptions()
    {
        var builder = new DbContextOptionsBuilder<SightlineDbContext>();
        Configure(builder);
        return builder.Options;
    }
}
