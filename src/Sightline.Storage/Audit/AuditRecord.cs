using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Storage.Audit;

/// <summary>One thing to append to the audit log; <see cref="AuditLog"/> gives it its place, time and hashes.</summary>
/// <param name="Actor">Who: the user name, or the client id of an agency system.</param>
/// <param name="Agency">The actor's agency, when known (a failed sign-in may not have one).</param>
/// <param name="Role">The actor's role, when known.</param>
/// <param name="Action">What kind of thing they did.</param>
/// <param name="Person">The person whose record it concerns, if any.</param>
/// <param name="What">The record and fields touched, or the query run.</param>
/// <param name="Why">The reason given, for break-glass access.</param>
/// <param name="From">Where from: the remote address.</param>
public sealed record AuditRecord(
    string Actor,
    AgencyId? Agency,
    string? Role,
    AuditAction Action,
    PersonId? Person,
    string What,
    string? Why,
    string? From);
