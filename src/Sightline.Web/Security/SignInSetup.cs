using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Sightline.Storage.Identity;
using Sightline.Web.Access;

namespace Sightline.Web.Security;

/// <summary>
/// Who may come in: people with local accounts (ASP.NET Core Identity, a sign-in cookie) and
/// agency systems with bearer tokens. Every endpoint needs one or the other unless it says it
/// is public (sign-in, the status pages, health).
/// </summary>
internal static class SignInSetup
{
    /// <summary>The scheme that picks the bearer scheme for a request carrying a token, else the cookie.</summary>
    public const string Scheme = "sightline";

    /// <summary>Failed attempts before an account is locked.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static TimeSpan LockoutTime { get; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in lasts without a request; each request renews it (sliding).</summary>
    public static TimeSpan IdleTimeout { get; } = TimeSpan.FromMinutes(30);

    /// <summary>The setting naming a folder for the data-protection keys (cookies, anti-forgery tokens).</summary>
    public const string KeysFolderSetting = "Sightline:DataProtection:KeysFolder";

    public static IServiceCollection AddSightlineSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        AddKeys(services, configuration);
        services.AddSightlineIdentityStorage();
        services
            .AddIdentityCore<SightlineUser>(Accounts)
            .AddRoles<IdentityRole>()
            .AddSightlineIdentityStores()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AgencyClaimsFactory>();
        services.AddSingleton<DecoyPassword>();
        services
            .AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Sign-in cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith($"{JwtBearerDefaults.AuthenticationScheme} ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = BearerTokenSettings.From(configuration);
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(Cookie);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "sightline-antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    private static void Accounts(IdentityOptions options)
    {
        // Length rather than character classes, as the NCSC advises; the demo's passwords are long and random.
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutTime;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
    }

    private static void Cookie(CookieAuthenticationOptions options)
    {
        // Secure whenever the request is HTTPS; plain HTTP reaches the site only from this computer
        // (PlainHttpLoopbackOnly), which is how the demo runs.
        options.Cookie.Name = "sightline";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.Path = "/";
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = RateLimits.SignInPath;
        options.LogoutPath = "/sign-out";
        options.Events.OnRedirectToLogin = ToSignIn;
        // A signed-in user without the role a page needs gets 403 and the site's 403 page, not a redirect.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>A browser on a page is sent to sign in; an API client gets 401.</summary>
    private static Task ToSignIn(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        if (Refusals.IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = JwtBearerDefaults.AuthenticationScheme;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Keys in a configured folder (so sign-ins survive a restart and several instances share them);
    /// otherwise made at start-up and kept in memory only: no key is ever in the repository.
    /// </summary>
    private static void AddKeys(IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection().SetApplicationName("Sightline");
        if (configuration[KeysFolderSetting] is { Length: > 0 } folder)
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }
        else
        {
            keys.UseEphemeralDataProtectionProvider();
        }
    }
}
