using Sightline.Web.Agencies;
using Sightline.Web.Alerts;
using Sightline.Web.Children;

namespace Sightline.Web;

/// <summary>Registers what the pages read through.</summary>
internal static class ReadModelServiceCollectionExtensions
{
    public static IServiceCollection AddSiteReadModels(this IServiceCollection services)
    {
        services.AddSingleton<RuleBook>();
        services.AddSingleton<ChildrenList>();
        services.AddSingleton<ChildPageReader>();
        services.AddSingleton<AgencyAlertsReader>();
        return services;
    }
}
