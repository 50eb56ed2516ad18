using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Storage.Access;

/// <summary>A user's time-limited access to a record they are not otherwise entitled to, with the reason they gave.</summary>
/// <param name="Id">The grant's id; also the key of the alert it raised.</param>
/// <param name="User">The user it was granted to.</param>
/// <param name="Agency">The user's agency.</param>
/// <param name="Person">Whose record.</param>
/// <param name="Reason">The reason the user gave.</param>
/// <param name="GrantedAt">When it was granted (UTC, to the microsecond).</param>
/// <param name="ExpiresAt">When it lapses: access is allowed from <paramref name="GrantedAt"/> until before this instant.</param>
public sealed record BreakGlassGrant(long Id, string User, AgencyId Agency, PersonId Person, string Reason, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt);
