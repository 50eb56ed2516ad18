using Sightline.Web.Access;
using Sightline.Web.Accounts;
using Sightline.Web.Agencies;
using Sightline.Web.Alerts;
using Sightline.Web.Children;
using Sightline.Web.Chronology;
using Sightline.Web.Figures;
using Sightline.Web.FlagChecks;
using Sightline.Web.Intake;

namespace Sightline.Web;

/// <summary>Registers what the pages read through, the access policy they go through and the accounts.</summary>
internal static class ReadModelServiceCollectionExtensions
{
    public static IServiceCollection AddSiteReadModels(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<RuleBook>();
        services.AddSingleton<ChildrenList>();
        services.AddSingleton<ChildPageReader>();
        services.AddSingleton<ChronologyReader>();
        services.AddSingleton<AgencyAlertsReader>();
        services.AddSingleton<AccessHistoryReader>();
        services.AddSingleton<PartnershipFigures>();
        services.AddSingleton<PersonAccess>();
        services.AddSingleton<SiteAudit>();
        services.AddSingleton<FlagCheck>();
        services.AddSingleton<FlagCheckAttendances>();
        services.AddHostedService(provider => provider.GetRequiredService<FlagCheckAttendances>());
        services.AddSingleton<IntakeDesk>();
        services.AddScoped<SiteAccounts>();
        return services;
    }
}
