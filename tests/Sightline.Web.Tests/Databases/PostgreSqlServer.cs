using Npgsql;
using Sightline.Storage.Configuration;

namespace Sightline.Web.Tests.Databases;

/// <summary>
/// Fresh PostgreSQL databases on the server that <c>SIGHTLINE_TEST_POSTGRES</c> names, each dropped
/// after use. Without that variable the tests fail, by design: ./test.sh starts a throwaway server
/// and sets it; without one, filter these tests out with <c>--filter Database!=PostgreSQL</c>.
/// </summary>
public sealed class PostgreSqlServer : ITestDatabases
{
    public const string ServerVariable = "SIGHTLINE_TEST_POSTGRES";

    private readonly string server;

    public PostgreSqlServer()
    {
        var configured = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set, so the PostgreSQL site tests have no server. Run ./test.sh, which starts a "
                + $"throwaway PostgreSQL and sets {ServerVariable}; or exclude them with: dotnet test --filter Database!=PostgreSQL");
        }
        server = configured;
    }

    public async Task<StorageOptions> CreateAsync()
    {
        var name = $"sightline_web_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = database.ConnectionString };
    }

    public (string Name, string Value) SiteSetting(StorageOptions database) => (SiteDatabase.PostgreSqlSetting, database.ConnectionString);

    public async Task DropAsync(StorageOptions database)
    {
        await using (var pooled = new NpgsqlConnection(database.ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>Runs DDL on the server's own database; the names in it are made here from a GUID.</summary>
    private async Task ExecuteOnServerAsync(string ddl)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(ddl, connection);
        await command.ExecuteNonQueryAsync();
    }
}
