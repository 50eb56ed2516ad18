using System.Security.Claims;
using Sightline.Core.Agencies;

namespace Sightline.Web.Access;

/// <summary>Who is asking, as the access policy and the audit log see them.</summary>
/// <param name="Actor">The user name, or a bearer token's subject; empty when nobody is signed in.</param>
/// <param name="Agency">The agency from the <c>sightline:agency</c> claim, when there is one.</param>
/// <param name="Roles">The Sightline roles held, in <see cref="SightlineRoles.All"/> order.</param>
/// <param name="From">The remote address, when known.</param>
internal sealed record Requester(string Actor, AgencyId? Agency, IReadOnlyList<string> Roles, string? From)
{
    /// <summary>The roles as one audit field, e.g. <c>practitioner,safeguarding-lead</c>; null when none.</summary>
    public string? Role => Roles.Count == 0 ? null : string.Join(',', Roles);

    /// <summary>True when a role lets the requester open person records at all (involvement decides which).</summary>
    public bool MayOpenPersonRecords => Agency is not null && Roles.Any(SightlineRoles.WithPersonRecords.Contains);

    /// <summary>True when the requester holds <paramref name="role"/>.</summary>
    public bool Holds(string role) => Roles.Contains(role);

    /// <summary>The requester of the current request.</summary>
    public static Requester Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(context.User, context.Connection.RemoteIpAddress?.ToString());
    }

    /// <summary>The requester of a signed-in principal from an address, e.g. at sign-in before the cookie exists.</summary>
    public static Requester Of(ClaimsPrincipal user, string? from)
    {
        ArgumentNullException.ThrowIfNull(user);
        var agency = user.FindFirst(SightlineClaims.Agency)?.Value;
        return new Requester(
            user.Identity?.IsAuthenticated == true ? NameOf(user.Identity) : "",
            string.IsNullOrWhiteSpace(agency) ? null : new AgencyId(agency),
            SightlineRoles.All.Where(user.IsInRole).ToList(),
            from);
    }

    /// <summary>A signed-in identity's name; a token without a subject is still somebody in the audit log.</summary>
    private static string NameOf(System.Security.Principal.IIdentity identity) =>
        string.IsNullOrWhiteSpace(identity.Name) ? "(client without a subject)" : identity.Name;
}
