using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sightline.Core.Protocols;
using Sightline.Storage.Flags;

namespace Sightline.Storage.Protocols;

/// <summary>Registers the live protocols over the storage that <c>AddSightlineStorage</c> set up.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="LiveProtocols"/>, <see cref="SightlineAlerts"/> and <see cref="FlagRecords"/>
    /// (what a flag check reads of the protocols' plan flags) with the given engine (the contract's defaults when null).
    /// </summary>
    public static IServiceCollection AddSightlineProtocols(this IServiceCollection services, ProtocolEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(engine ?? ProtocolEngine.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LiveProtocols>();
        services.AddSingleton<SightlineAlerts>();
        services.AddSingleton<FlagRecords>();
        services.AddSingleton<ChildrenOnPlans>();
        return services;
    }
}
