using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Agencies;
using Sightline.Storage.Identity;
using Sightline.Web.Access;

namespace Sightline.Web.Accounts;

/// <summary>
/// Makes and keeps accounts, for hosts that set them up (the demo): each with one agency, one or
/// more roles and a random password that is returned once and stored only as Identity's hash.
/// Resolve it from a scope of the site's services.
/// </summary>
public sealed class SiteAccounts
{
    private readonly UserManager<SightlineUser> users;

    /// <summary>Accounts over the site's Identity user manager.</summary>
    /// <param name="users">Identity's user manager.</param>
    public SiteAccounts(UserManager<SightlineUser> users) => this.users = users;

    /// <summary>How many accounts exist.</summary>
    /// <param name="cancellationToken">Cancels the count.</param>
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => users.Users.CountAsync(cancellationToken);

    /// <summary>True when an account has this user name.</summary>
    /// <param name="userName">The user name.</param>
    public async Task<bool> ExistsAsync(string userName) => await users.FindByNameAsync(userName) is not null;

    /// <summary>Makes an account and returns its new password (shown once; only its hash is kept).</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="agency">The user's agency.</param>
    /// <param name="roles">The user's roles, from <see cref="SightlineRoles.All"/>.</param>
    /// <exception cref="InvalidOperationException">When Identity refuses the account (a name taken or not allowed).</exception>
    public async Task<string> CreateAsync(string userName, AgencyId agency, IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var unknown = roles.Except(SightlineRoles.All, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown role(s): {string.Join(", ", unknown)}.", nameof(roles));
        }
        var user = new SightlineUser { UserName = userName, Agency = agency.Value, LockoutEnabled = true };
        var password = Passwords.Generate();
        Check(await users.CreateAsync(user, password), userName);
        Check(await users.AddToRolesAsync(user, roles), userName);
        return password;
    }

    /// <summary>Gives an existing account a new random password and returns it; null when there is no such account.</summary>
    /// <param name="userName">The user name.</param>
    public async Task<string?> ResetPasswordAsync(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return null;
        }
        var password = Passwords.Generate();
        Check(await users.RemovePasswordAsync(user), userName);
        Check(await users.AddPasswordAsync(user, password), userName);
        return password;
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The account '{userName}' could not be saved: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
