using Sightline.Core.Agencies;

namespace Sightline.Browser.Tests;

/// <summary>An account of the site under test: its name, agency and role.</summary>
public sealed record BrowserUser(string Name, AgencyId Agency, string Role);
