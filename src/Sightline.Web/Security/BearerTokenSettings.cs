using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Sightline.Web.Access;

namespace Sightline.Web.Security;

/// <summary>
/// What a bearer token from an agency system must satisfy, from configuration (or the environment,
/// <c>Sightline__Jwt__Issuer</c> and so on), so that a deployment's own identity provider issues them:
/// <list type="bullet">
/// <item><c>Sightline:Jwt:Issuer</c> and <c>Sightline:Jwt:Audience</c>: both required;</item>
/// <item><c>Sightline:Jwt:SigningKey</c>: a symmetric key, base64, at least 256 bits (HS256); and/or</item>
/// <item><c>Sightline:Jwt:RsaPublicKey</c>: an RSA public key in PEM (RS256).</item>
/// </list>
/// Without an issuer, an audience and a key, every token is refused. The token's <c>sub</c> names
/// the client, <c>sightline:agency</c> its agency and <c>role</c> its roles.
/// </summary>
internal static class BearerTokenSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Sightline:Jwt";

    /// <summary>The fewest bytes a symmetric signing key may have (HS256 needs 256 bits).</summary>
    private const int MinimumSymmetricKeyBytes = 32;

    public static TokenValidationParameters From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        return new TokenValidationParameters
        {
            ValidIssuer = section["Issuer"],
            ValidAudience = section["Audience"],
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = Keys(section),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.RsaSha256],
            NameClaimType = SightlineClaims.TokenSubject,
            RoleClaimType = SightlineClaims.TokenRole,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
    }

    private static List<SecurityKey> Keys(IConfigurationSection section)
    {
        var keys = new List<SecurityKey>();
        if (section["SigningKey"] is { Length: > 0 } symmetric)
        {
            var bytes = Convert.FromBase64String(symmetric);
            if (bytes.Length < MinimumSymmetricKeyBytes)
            {
                throw new InvalidOperationException($"{Section}:SigningKey must be at least {MinimumSymmetricKeyBytes * 8} bits, base64.");
            }
            keys.Add(new SymmetricSecurityKey(bytes));
        }
        if (section["RsaPublicKey"] is { Length: > 0 } pem)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            keys.Add(new RsaSecurityKey(rsa));
        }
        return keys;
    }
}
