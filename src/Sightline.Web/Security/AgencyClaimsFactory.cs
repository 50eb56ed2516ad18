using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sightline.Storage.Identity;
using Sightline.Web.Access;

namespace Sightline.Web.Security;

/// <summary>Adds the user's agency to the sign-in cookie's claims, beside Identity's name and roles.</summary>
internal sealed class AgencyClaimsFactory(UserManager<SightlineUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SightlineUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SightlineUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SightlineClaims.Agency, user.Agency));
        return identity;
    }
}
