using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Storage.Configuration;

namespace Sightline.Storage.Identity;

/// <summary>
/// Puts <see cref="SightlineIdentityDbContext"/> on the same database as the records (the same
/// <see cref="StorageOptions"/>, so the same engine and migrations assembly), recording its
/// migrations in a history table of its own.
/// </summary>
public static class IdentityStorage
{
    /// <summary>Where the accounts' applied migrations are recorded, apart from the records' <c>__EFMigrationsHistory</c>.</summary>
    public const string MigrationsHistoryTable = "identity_migrations_history";

    /// <summary>Points <paramref name="builder"/> at <paramref name="storage"/>'s database for the accounts context.</summary>
    /// <param name="builder">The options builder of a <see cref="SightlineIdentityDbContext"/>.</param>
    /// <param name="storage">Which database.</param>
    public static void Configure(DbContextOptionsBuilder builder, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(storage);
        storage.Configure(builder);
        // A second Use… call keeps the connection and migrations assembly set above and adds the history table.
        switch (storage.Provider)
        {
            case StorageProvider.Sqlite:
                builder.UseSqlite(sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));
                break;
            case StorageProvider.PostgreSql:
                builder.UseNpgsql(npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable));
                break;
            default:
                throw new InvalidOperationException($"Unknown storage provider {storage.Provider}.");
        }
    }

    /// <summary>Context options for the accounts on <paramref name="storage"/>'s database, for use without dependency injection.</summary>
    /// <param name="storage">Which database.</param>
    public static DbContextOptions<SightlineIdentityDbContext> BuildOptions(StorageOptions storage)
    {
        var builder = new DbContextOptionsBuilder<SightlineIdentityDbContext>();
        Configure(builder, storage);
        return builder.Options;
    }

    /// <summary>
    /// Registers <see cref="SightlineIdentityDbContext"/> (scoped, as Identity's stores expect it)
    /// on the database that <see cref="StorageServiceCollectionExtensions.AddSightlineStorage"/>
    /// registered; call that first.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddSightlineIdentityStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDbContext<SightlineIdentityDbContext>((provider, builder) =>
            Configure(builder, provider.GetRequiredService<StorageOptions>()));
        return services;
    }

    /// <summary>Keeps Identity's users and roles in <see cref="SightlineIdentityDbContext"/> (registered by <see cref="AddSightlineIdentityStorage"/>).</summary>
    /// <param name="builder">The Identity builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IdentityBuilder AddSightlineIdentityStores(this IdentityBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEntityFrameworkStores<SightlineIdentityDbContext>();
    }

    /// <summary>Brings the accounts schema up to date: creates it on a new database, applies newer migrations, else nothing.</summary>
    /// <param name="services">Services holding the registration of <see cref="AddSightlineIdentityStorage"/>.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SightlineIdentityDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
