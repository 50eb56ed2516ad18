using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sightline.Storage.Configuration;

/// <summary>PostgreSQL settings: the migrations assembly and <c>postgres://</c> URLs.</summary>
internal static class PostgreSqlDatabase
{
    /// <summary>The assembly holding the PostgreSQL migrations (one migrations assembly per engine).</summary>
    public const string MigrationsAssembly = "Sightline.Storage.PostgreSql";

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(ToConnectionString(connectionString), npgsql => npgsql
            .MigrationsAssembly(MigrationsAssembly)
            .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));

    /// <summary>
    /// Turns a <c>postgres://user:password@host:port/database?sslmode=require</c> URL, as hosting
    /// platforms hand them out, into an Npgsql connection string; anything else is returned as is.
    /// </summary>
    public static string ToConnectionString(string value)
    {
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }
        var url = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.DnsSafeHost,
            Port = url.Port > 0 ? url.Port : NpgsqlConnection.DefaultPort,
        };
        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var setting = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            // libpq spells it sslmode; Npgsql knows it as SSL Mode. Unknown keys are an error.
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = setting;
        }
        return builder.ConnectionString;
    }
}
