using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Storage.Audit;

/// <summary>
/// An entry of the audit log as stored: an <see cref="AuditRecord"/> with its place in the chain,
/// when it was written, the hash of the entry before it and its own hash (see <see cref="AuditHash"/>).
/// </summary>
/// <param name="Sequence">Its position in the log, from 1, without gaps.</param>
/// <param name="At">When it was written (UTC, to the microsecond), from the injected clock.</param>
/// <param name="Actor">Who: the user name, or the client id of an agency system.</param>
/// <param name="Agency">The actor's agency, when known.</param>
/// <param name="Role">The actor's role, when known.</param>
/// <param name="Action">What kind of thing they did.</param>
/// <param name="Person">The person whose record it concerns, if any.</param>
/// <param name="What">The record and fields touched, or the query run.</param>
/// <param name="Why">The reason given, for break-glass access.</param>
/// <param name="From">Where from: the remote address.</param>
/// <param name="PreviousHash">The hash of the entry before it; 64 zeros for the first.</param>
/// <param name="Hash">SHA-256, lower-case hex, of the entry's canonical form (<see cref="AuditHash.CanonicalText"/>).</param>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    AgencyId? Agency,
    string? Role,
    AuditAction Action,
    PersonId? Person,
    string What,
    string? Why,
    string? From,
    string PreviousHash,
    string Hash);
