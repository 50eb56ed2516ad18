using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sightline.Core.Agencies;

namespace Sightline.Web.Tests;

/// <summary>Bearer tokens as an agency's identity provider would issue them, signed with a key the test makes.</summary>
public sealed class TestTokens
{
    public const string Issuer = "https://idp.sightline.test";
    public const string Audience = "sightline-api";

    /// <summary>The site's signing key (base64), as the deployment would set <c>Sightline:Jwt:SigningKey</c>.</summary>
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>A token for a client of <paramref name="agency"/> with <paramref name="role"/>, valid for ten minutes.</summary>
    public string For(string client, AgencyId agency, string role, string? key = null, string audience = Audience, TimeSpan? lifetime = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(10));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", client), new Claim("sightline:agency", agency.Value), new Claim("role", role)]),
            NotBefore = expires < now ? expires.AddMinutes(-10) : now.AddMinutes(-1),
            IssuedAt = expires < now ? expires.AddMinutes(-10) : now.AddMinutes(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key ?? SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
