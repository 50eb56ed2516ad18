using Sightline.Core.Agencies;

namespace Sightline.Cli.Hosting;

/// <summary>One demo account as the logins file lists it.</summary>
/// <param name="UserName">The user name.</param>
/// <param name="Agency">The agency.</param>
/// <param name="Role">The role.</param>
/// <param name="Password">The password; null until it is known (a new account, or one read from the file).</param>
internal sealed record DemoLogin(string UserName, AgencyId Agency, string Role, string? Password);
