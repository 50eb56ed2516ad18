using System.Threading.RateLimiting;
using Sightline.Web.Access;

namespace Sightline.Web.Security;

/// <summary>
/// ASP.NET Core's rate limiter, set up for Sightline: sign-in attempts are limited per remote
/// address and per user name (both must allow an attempt), beside the lockout of an account after
/// 5 failures; the named policy <see cref="FlagCheck"/> limits the flag check per agency, and
/// <see cref="Intake"/> the batches an agency sends.
/// The numbers are settings (<c>Sightline:RateLimits:…</c>); a refused request gets 429.
/// </summary>
internal static class RateLimits
{
    /// <summary>The policy for the flag-check endpoint: per agency (or, without one, per address).</summary>
    public const string FlagCheck = "flag-check";

    /// <summary>The policy for agency intake (<c>POST /api/events</c>): batches per agency per minute.</summary>
    public const string Intake = "intake";

    /// <summary>The sign-in page's path, whose POSTs are attempts.</summary>
    public const string SignInPath = "/sign-in";

    /// <summary>The sign-in form's user name field.</summary>
    public const string UserNameField = "UserName";

    private const string Section = "Sightline:RateLimits";

    public static IServiceCollection AddSightlineRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section);
        var window = TimeSpan.FromMinutes(settings.GetValue("SignInWindowMinutes", 5));
        var perAddress = settings.GetValue("SignInPerAddress", 30);
        var perUser = settings.GetValue("SignInPerUser", 10);
        var flagChecks = settings.GetValue("FlagChecksPerMinute", 120);
        var intakeBatches = settings.GetValue("IntakeBatchesPerMinute", 600);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                SignInLimiter(context => $"address:{context.Connection.RemoteIpAddress}", perAddress, window),
                SignInLimiter(context => $"user:{UserNameOf(context)}", perUser, window));
            options.AddPolicy(FlagCheck, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(SightlineClaims.Agency)?.Value ?? $"address:{context.Connection.RemoteIpAddress}",
                _ => Window(flagChecks, TimeSpan.FromMinutes(1))));
            // Per agency: one agency's backlog being sent must not crowd out the others.
            options.AddPolicy(Intake, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(SightlineClaims.Agency)?.Value ?? $"address:{context.Connection.RemoteIpAddress}",
                _ => Window(intakeBatches, TimeSpan.FromMinutes(1))));
        });
    }

    /// <summary>
    /// Reads the sign-in form before the rate limiter, whose partitions are chosen synchronously and
    /// so cannot read the body themselves; the form is buffered, and the page reads it again.
    /// </summary>
    public static IApplicationBuilder UseSightlineRateLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsSignInAttempt(context) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            await next(context);
        }).UseRateLimiter();

    private static PartitionedRateLimiter<HttpContext> SignInLimiter(Func<HttpContext, string> key, int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInAttempt(context)
            ? RateLimitPartition.GetFixedWindowLimiter(key(context), _ => Window(permits, window))
            : RateLimitPartition.GetNoLimiter(""));

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static bool IsSignInAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The user name being tried, as Identity normalises it, so case and spaces do not make new partitions.</summary>
    private static string UserNameOf(HttpContext context) =>
        context.Request.HasFormContentType && context.Request.Form.TryGetValue(UserNameField, out var name)
            ? name.ToString().Trim().ToUpperInvariant()
            : "";
}
