using Microsoft.AspNetCore.Identity;
using Sightline.Storage.Identity;
using Sightline.Web.Accounts;

namespace Sightline.Web.Security;

/// <summary>
/// A password hash that belongs to no one, checked when a sign-in names an account that does not
/// exist, so that such an attempt takes as long as one with a wrong password. Identity's default
/// hasher, as the accounts' own hashes use.
/// </summary>
internal sealed class DecoyPassword
{
    private readonly PasswordHasher<SightlineUser> hasher = new();
    private readonly SightlineUser nobody = new();
    private readonly Lazy<string> hash;

    public DecoyPassword() => hash = new(() => hasher.HashPassword(nobody, Passwords.Generate()));

    /// <summary>Checks <paramref name="password"/> against the decoy; it never matches.</summary>
    public void Check(string password) => hasher.VerifyHashedPassword(nobody, hash.Value, password);
}
