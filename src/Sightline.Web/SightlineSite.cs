using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Sightline.Storage;
using Sightline.Storage.Configuration;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using Sightline.Web.Access;
using Sightline.Web.Api;
using Sightline.Web.Api.Flags;
using Sightline.Web.Fhir;
using Sightline.Web.Hosting;
using Sightline.Web.Security;

namespace Sightline.Web;

/// <summary>
/// Builds the Sightline site, for <c>Program</c> and for any host that runs it in-process (the
/// <c>sightline serve</c> and <c>sightline demo</c> commands). Two steps, so a host can adjust the
/// builder (logging, extra services) before the app is built:
/// <code>
/// var builder = SightlineSite.CreateBuilder(args, new SiteOptions { Urls = ["http://127.0.0.1:5080"] });
/// var app = SightlineSite.Build(builder);
/// await app.RunAsync();
/// </code>
/// The database schema is brought up to date as the app starts, before it takes requests, and the
/// live protocols' scheduler runs families whose day has closed at start-up and every 15 minutes.
/// </summary>
public static class SightlineSite
{
    /// <summary>A builder with every service of the site registered.</summary>
    /// <param name="args">Command-line settings for ASP.NET Core (e.g. <c>--urls</c>, <c>--Sightline:Sqlite=FILE</c>).</param>
    /// <param name="options">The database, addresses, clock and protocol engine.</param>
    public static WebApplicationBuilder CreateBuilder(string[] args, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The pages are compiled into this assembly; naming it makes them found when another
            // program (the CLI) is the entry assembly.
            ApplicationName = typeof(SightlineSite).Assembly.GetName().Name,
        });
        if (options.Urls.Count > 0)
        {
            builder.WebHost.UseUrls([.. options.Urls]);
        }
        // EF logs every command at Information; a practitioner's console is not the place for SQL.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Without a keys folder the keys are kept in memory on purpose (see SignInSetup); the
        // warning that they are not persisted is then noise.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        var database = options.Storage ?? SiteDatabase.FromConfiguration(builder.Configuration);
        // Registered before storage, which adds the system clock only when none is registered.
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddSightlineStorage(storage =>
        {
            storage.Provider = database.Provider;
            storage.ConnectionString = database.ConnectionString;
        });
        builder.Services.AddSightlineProtocols(options.Engine);
        builder.Services.AddSightlineAudit();
        builder.Services.AddSightlineSignIn(builder.Configuration);
        builder.Services.AddSightlineRateLimits(builder.Configuration);
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        builder.Services.AddHostedService<DatabaseMigration>();
        builder.Services.AddHostedService<ProtocolScheduler>();
        builder.Services.AddHealthChecks().AddDbContextCheck<SightlineDbContext>("database");
        builder.Services.AddRazorPages(pages =>
        {
            // Public: signing in and the status pages an anonymous request may end on.
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Status");
            pages.Conventions.AllowAnonymousToPage("/Error");
        });
        builder.Services.AddSiteReadModels();
        builder.Services.AddSightlineApiDescription();
        return builder;
    }

    /// <summary>
    /// Builds the app from <paramref name="builder"/> and maps its pipeline: security headers,
    /// sign-in, rate limits, the access policy for every endpoint that names a person, then the
    /// pages, the API (the flag check among it), <c>POST /fhir</c>, <c>GET /fhir/Flag</c>, the static files (<c>/site.css</c>, the design system) and <c>/health</c>.
    /// </summary>
    /// <param name="builder">A builder from <see cref="CreateBuilder"/>.</param>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<PlainHttpLoopbackOnly>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/status");
        app.UseApiStatusCodes();
        // FHIR clients get an OperationOutcome, not the status page, for a status without a body;
        // inside the API's problem details, so it answers first for /fhir.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Refusals.FhirPrefix, StringComparison.OrdinalIgnoreCase),
            fhir => fhir.UseMiddleware<FhirStatusBodies>());
        app.UseStaticFiles(SiteAssets.Options);
        app.UseRouting();
        app.UseAuthentication();
        app.UseSightlineRateLimits();
        app.UseAuthorization();
        app.UseMiddleware<PersonAccessMiddleware>();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportJson.WriteAsync }).AllowAnonymous();
        app.MapRazorPages();
        app.MapSightlineApi();
        app.MapFlagApi();
        app.MapFhirFlags();
        app.MapFhirTransactions();
        app.MapSightlineApiDescription();
        return app;
    }
}
