using Microsoft.AspNetCore.Identity;

namespace Sightline.Storage.Identity;

/// <summary>
/// A person who signs in to Sightline: an Identity account (user name, password hash, lockout)
/// that belongs to exactly one agency. Roles are Identity roles; the agency travels in the
/// sign-in cookie as the <c>sightline:agency</c> claim.
/// </summary>
public sealed class SightlineUser : IdentityUser
{
    /// <summary>The id of the agency the user works for, e.g. <c>demo.aldermere-hv</c>.</summary>
    public string Agency { get; set; } = "";
}
