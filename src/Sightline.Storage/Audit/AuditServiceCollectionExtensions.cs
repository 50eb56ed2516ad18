using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sightline.Storage.Access;

namespace Sightline.Storage.Audit;

/// <summary>Registers the audit log and the access facts over the storage that <c>AddSightlineStorage</c> set up.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AuditLog"/> and <see cref="AccessFacts"/> (singletons: each call uses its own
    /// context) and, unless one is registered already, <see cref="TimeProvider.System"/>. Call
    /// <c>AddSightlineStorage</c> as well: both use its context factory and store.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddSightlineAudit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<AccessFacts>();
        services.TryAddSingleton<Resolution.IdentityDecisions>();
        return services;
    }
}
