using Npgsql;
using Sightline.Storage.Configuration;

namespace Sightline.Cli.Tests.Databases;

/// <summary>
/// Fresh PostgreSQL databases on the server that <c>SIGHTLINE_TEST_POSTGRES</c> names (./test.sh
/// starts one), named to the command by <c>SIGHTLINE_DATABASE</c> in its environment, and dropped after use.
/// </summary>
public sealed class PostgreSqlServer : ITestDatabases
{
    public const string ServerVariable = "SIGHTLINE_TEST_POSTGRES";

    private readonly string server = System.Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured
        ? configured
        : throw new InvalidOperationException(
            $"{ServerVariable} is not set, so the PostgreSQL command tests have no server. Run ./test.sh, which starts a "
            + $"throwaway PostgreSQL and sets {ServerVariable}; or exclude them with: dotnet test --filter Database!=PostgreSQL");

    public async Task<ImportDatabase> CreateAsync()
    {
        var name = $"sightline_cli_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new ImportDatabase(
            new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = connection },
            [],
            new Dictionary<string, string> { [StorageOptions.DatabaseVariable] = connection });
    }

    public async Task DropAsync(ImportDatabase database)
    {
        await using (var pooled = new NpgsqlConnection(database.Options.ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        var name = new NpgsqlConnectionStringBuilder(database.Options.ConnectionString).Database;
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
