using System.Net.Http.Headers;

namespace Sightline.Web.Tests;

/// <summary>Clients for the requesters of <see cref="RoleTable"/>.</summary>
public static class Requesters
{
    public static async Task<HttpClient> ClientAsync(SiteFixture site, string who)
    {
        if (who == "anonymous")
        {
            return site.Anonymous();
        }
        if (!who.StartsWith("token:", StringComparison.Ordinal))
        {
            return await site.ClientForAsync(who);
        }
        var hv = HartFamily.Hv;
        var token = who["token:".Length..] switch
        {
            "bad-key" => site.Tokens.For("hv-system", hv, "practitioner", key: new TestTokens().SigningKey),
            "wrong-audience" => site.Tokens.For("hv-system", hv, "practitioner", audience: "another-api"),
            "expired" => site.Tokens.For("hv-system", hv, "practitioner", lifetime: TimeSpan.FromMinutes(-10)),
            var spec => Token(site, spec),
        };
        var client = site.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary><c>USER:ROLE</c>: a token for a system of that test user's agency, with that role.</summary>
    private static string Token(SiteFixture site, string spec)
    {
        var parts = spec.Split(':');
        var agency = TestUsers.All.Single(u => u.Name == parts[0]).Agency;
        return site.Tokens.For($"{parts[0]}-system", agency, parts[1]);
    }
}
