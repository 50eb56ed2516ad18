using Microsoft.Extensions.DependencyInjection;
using Sightline.Storage.Configuration;

namespace Sightline.Storage.Tests;

/// <summary>How the engine is chosen, and that the service registration yields a working store.</summary>
public sealed class StorageOptionsTests
{
    [Fact]
    public void With_no_database_variable_the_default_is_a_SQLite_file_under_data()
    {
        var options = StorageOptions.FromEnvironment(_ => null);

        Assert.Equal(StorageProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/sightline.db", options.ConnectionString);
    }

    [Fact]
    public void A_blank_database_variable_leaves_the_default()
    {
        Assert.Equal(StorageProvider.Sqlite, StorageOptions.FromEnvironment(_ => "  ").Provider);
    }

    [Fact]
    public void The_database_variable_selects_PostgreSQL()
    {
        var options = StorageOptions.FromEnvironment(name => name == "SIGHTLINE_DATABASE" ? "Host=db;Database=sightline;Username=app" : null);

        Assert.Equal(StorageProvider.PostgreSql, options.Provider);
        Assert.Equal("Host=db;Database=sightline;Username=app", options.ConnectionString);
    }

    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var options = new StorageOptions
        {
            Provider = StorageProvider.PostgreSql,
            ConnectionString = "postgres://sight%40line:p%3Ass@db.example:6543/sightline?sslmode=require",
        };

        var context = options.BuildContextOptions();
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(
            Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension.Extract(context).ConnectionString);

        Assert.Equal("db.example", connection.Host);
        Assert.Equal(6543, connection.Port);
        Assert.Equal("sightline", connection.Database);
        Assert.Equal("sight@line", connection.Username);
        Assert.Equal("p:ss", connection.Password);
        Assert.Equal(Npgsql.SslMode.Require, connection.SslMode);
    }

    [Fact]
    public async Task The_registered_store_creates_the_SQLite_folder_and_works()
    {
        var folder = Directory.CreateTempSubdirectory("sightline-options-tests-");
        try
        {
            var file = Path.Combine(folder.FullName, "nested", "sightline.db");
            await using var services = new ServiceCollection()
                .AddSightlineStorage(o => (o.Provider, o.ConnectionString) = (StorageProvider.Sqlite, $"Data Source={file};Pooling=False"))
                .BuildServiceProvider();
            var store = services.GetRequiredService<SightlineStore>();

            await store.MigrateAsync();
            await store.StoreBatchAsync(Families.Both());

            Assert.True(File.Exists(file));
            Assert.Equal(5, await store.CountEventsAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
