using Sightline.Core.Agencies;

namespace Sightline.Web.Tests;

/// <summary>A test account: its name, agency and role.</summary>
public sealed record TestUser(string Name, AgencyId Agency, string Role);
