using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sightline.Storage.Configuration;

namespace Sightline.FlagBench;

/// <summary>The benchmark database: a SQLite file (<c>--sqlite FILE</c>) or PostgreSQL (<c>--postgres CONNECTION</c>).</summary>
internal sealed record BenchDatabase(StorageProvider Provider, string ConnectionString, string Describe)
{
    public bool IsSqlite => Provider == StorageProvider.Sqlite;

    public static BenchDatabase From(BenchArgs args)
    {
        if (args.Text("sqlite") is { } file)
        {
            var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Pooling = true };
            return new BenchDatabase(StorageProvider.Sqlite, builder.ToString(), $"SQLite {Path.GetFullPath(file)}");
        }
        if (args.Text("postgres") is { } connection)
        {
            var builder = new NpgsqlConnectionStringBuilder(connection) { MaxPoolSize = 200 };
            return new BenchDatabase(StorageProvider.PostgreSql, builder.ConnectionString, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
        }
        throw new ArgumentException("--sqlite FILE or --postgres CONNECTION is required.");
    }

    public StorageOptions Storage => new() { Provider = Provider, ConnectionString = ConnectionString };

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = IsSqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
