using Sightline.Core.Agencies;

namespace Sightline.Storage.Resolution;

/// <summary>The practitioner who links, unlinks or keeps apart, as the audit log records them.</summary>
/// <param name="User">The user name.</param>
/// <param name="Agency">Their agency.</param>
/// <param name="Role">Their role.</param>
/// <param name="From">Their remote address, when known.</param>
public sealed record DecisionMaker(string User, AgencyId Agency, string Role, string? From);
