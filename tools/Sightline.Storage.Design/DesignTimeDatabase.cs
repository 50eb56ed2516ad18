using Sightline.Storage.Configuration;

namespace Sightline.Storage.Design;

/// <summary>The database a design-time factory configures, from the engine named after <c>--</c>: <c>--provider sqlite</c> or <c>--provider postgresql</c>.</summary>
internal static class DesignTimeDatabase
{
    public static StorageOptions For(string[] args) => ProviderOf(args) switch
    {
        // Generating a migration never connects; these only have to be well formed.
        StorageProvider.Sqlite => new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = "Data Source=design-time.db" },
        _ => new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = "Host=localhost;Database=sightline" },
    };

    private static StorageProvider ProviderOf(string[] args)
    {
        var at = Array.IndexOf(args, "--provider");
        var name = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        return name?.ToUpperInvariant() switch
        {
            "SQLITE" => StorageProvider.Sqlite,
            "POSTGRESQL" or "POSTGRES" => StorageProvider.PostgreSql,
            _ => throw new ArgumentException(
                "Name the engine after `--`: dotnet ef migrations add NAME --project src/Sightline.Storage.Sqlite "
                + "--startup-project tools/Sightline.Storage.Design -- --provider sqlite (or postgresql with src/Sightline.Storage.PostgreSql).",
                nameof(args)),
        };
    }
}
