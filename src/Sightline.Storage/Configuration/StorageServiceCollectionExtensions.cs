using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Sightline.Storage.Configuration;

/// <summary>Registers Sightline storage with a service collection.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SightlineStore"/>, an <see cref="IDbContextFactory{TContext}"/> of
    /// <see cref="SightlineDbContext"/>, the resolved <see cref="StorageOptions"/> and, unless one is
    /// registered already, <see cref="TimeProvider.System"/> as the clock that stamps recorded events.
    /// <para>
    /// The provider is chosen by <see cref="StorageOptions.FromEnvironment()"/> — SQLite in
    /// <c>./data/sightline.db</c>, or PostgreSQL when <c>SIGHTLINE_DATABASE</c> holds a connection
    /// string or <c>postgres://</c> URL — and then <paramref name="configure"/>, which wins.
    /// </para>
    /// <para>
    /// The host must reference the migrations assemblies, <c>Sightline.Storage.Sqlite</c> and
    /// <c>Sightline.Storage.PostgreSql</c>, for <see cref="SightlineStore.MigrateAsync"/> to find them.
    /// </para>
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Explicit settings, applied after the environment's.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddSightlineStorage(this IServiceCollection services, Action<StorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = StorageOptions.FromEnvironment();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        // Pooled: the site makes several short-lived contexts per request, and a pooled context is
        // reset rather than built again (the context keeps no state of its own between uses).
        services.AddPooledDbContextFactory<SightlineDbContext>(options.Configure);
        services.AddSingleton<SightlineStore>();
        return services;
    }
}
