using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sightline.Web;
using Sightline.Web.Hosting;

namespace Sightline.FlagBench.Measure;

/// <summary>
/// The real site over the benchmark database, as <c>sightline serve</c> would run it, with three
/// differences, all settings: bearer tokens signed by a key the benchmark makes, the flag-check
/// rate limit raised out of the way, and the live protocols' scheduler left out — at start-up it
/// runs every family never run, which here is every one of the 12 million children.
/// </summary>
internal static class BenchSite
{
    public const string Issuer = "https://idp.flagbench.invalid";
    public const string Audience = "sightline-api";

    public static WebApplication Build(BenchDatabase database, string signingKey, IReadOnlyList<string> urls, bool logSql = false)
    {
        string[] settings =
        [
            $"--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command={(logSql ? "Information" : "Warning")}",
            $"--Sightline:Jwt:Issuer={Issuer}",
            $"--Sightline:Jwt:Audience={Audience}",
            $"--Sightline:Jwt:SigningKey={signingKey}",
            "--Sightline:RateLimits:FlagChecksPerMinute=1000000000",
            "--Logging:LogLevel:Default=Warning",
        ];
        var builder = SightlineSite.CreateBuilder(settings, new SiteOptions { Storage = database.Storage, Urls = urls });
        builder.Services.RemoveAll<ProtocolScheduler>();
        var scheduler = builder.Services.Where(d => d.ImplementationType == typeof(ProtocolScheduler)).ToList();
        foreach (var service in scheduler)
        {
            builder.Services.Remove(service);
        }
        return SightlineSite.Build(builder);
    }

    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>A token for an emergency department's clinical system, valid for a day.</summary>
    public static string Token(string signingKey, string agency) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([new Claim("sub", "ed-triage-system"), new Claim("sightline:agency", agency), new Claim("role", "practitioner")]),
        Expires = DateTime.UtcNow.AddDays(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(signingKey)), SecurityAlgorithms.HmacSha256),
    });
}
