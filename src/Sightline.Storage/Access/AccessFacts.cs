using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Access;

/// <summary>
/// The facts the access policy decides on: why an agency may open a person's record (involved,
/// holds their plan, was notified about them) or why one of its users may (break-glass), and the
/// break-glass grants themselves. The policy itself lives in the site; this answers its questions
/// from the records. Nothing is cached between calls: each answer is read from the database as it
/// is now, so a new event, alert or lapsed grant counts at once.
/// </summary>
/// <param name="store">Loads the person's family record.</param>
/// <param name="contexts">Creates contexts on the configured database.</param>
/// <param name="clock">Decides expiry and stamps grants; <see cref="TimeProvider.System"/> in production.</param>
public sealed class AccessFacts(SightlineStore store, IDbContextFactory<SightlineDbContext> contexts, TimeProvider clock)
{
    /// <summary>The rule id of the alert a break-glass grant raises; its key is the grant's id.</summary>
    public const string BreakGlassRule = "break-glass-access";

    /// <summary>How long break-glass access lasts unless a deployment sets otherwise.</summary>
    public static TimeSpan DefaultBreakGlassDuration { get; } = TimeSpan.FromHours(4);

    /// <summary>The longest break-glass access may last.</summary>
    public static TimeSpan MaximumBreakGlassDuration { get; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Why this agency, or this user of it, may open this person's record now: the first that
    /// holds of <see cref="AccessBasis.Involved"/>, <see cref="AccessBasis.HoldsPlan"/>,
    /// <see cref="AccessBasis.Notified"/> (by any alert but a break-glass one) and
    /// <see cref="AccessBasis.BreakGlass"/> (a grant to this user in this agency, not yet expired by
    /// the clock); null when none does, or the person is unknown.
    /// </summary>
    /// <param name="agency">The agency asking.</param>
    /// <param name="user">The user asking (the user name or client id), for break-glass grants.</param>
    /// <param name="person">Whose record.</param>
    /// <param name="ct">Cancels the query.</param>
    public async Task<AccessBasis?> BasisAsync(AgencyId agency, string user, PersonId person, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var record = await store.LoadFamilyRecordAsync(person, ct);
        if (record is null)
        {
            return null;
        }
        var involvement = PersonInvolvement.Of(record, person);
        if (involvement.Recorded.Contains(agency))
        {
            return AccessBasis.Involved;
        }
        if (involvement.PlanHolders.Contains(agency))
        {
            return AccessBasis.HoldsPlan;
        }
        var records = record.RecordsOf(person).Select(r => r.Value).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        // A break-glass alert tells the user's own agency, for its safeguarding lead to review; it
        // must not become a lasting entitlement that outlives the grant.
        var notified = await db.Set<AlertRow>().AnyAsync(
            a => a.Rule != BreakGlassRule
                && a.Subjects.Any(s => records.Contains(s.PersonId))
                && a.Recipients.Any(r => r.AgencyId == agency.Value),
            ct);
        if (notified)
        {
            return AccessBasis.Notified;
        }
        var now = StoredTime.Now(clock);
        var granted = await db.Set<BreakGlassGrantRow>().AnyAsync(
            g => records.Contains(g.PersonId) && g.UserName == user && g.AgencyId == agency.Value && g.GrantedAt <= now && g.ExpiresAt > now, ct);
        return granted ? AccessBasis.BreakGlass : null;
    }

    /// <summary>
    /// Grants a user access to a record for a limited time, in one transaction with its audit
    /// entry (action <see cref="AuditAction.BreakGlass"/>, the reason as its why) and an alert
    /// (<see cref="BreakGlassRule"/>) naming the person and notifying the person's children's
    /// social care (those involved, or of the person's area) and the user's own agency, whose
    /// safeguarding lead reviews it.
    /// </summary>
    /// <param name="user">The user (user name or client id).</param>
    /// <param name="agency">The user's agency.</param>
    /// <param name="person">Whose record.</param>
    /// <param name="reason">Why, in at least a sentence (<see cref="BreakGlassReason.IsAcceptable"/>).</param>
    /// <param name="duration">How long; more than zero and at most <see cref="MaximumBreakGlassDuration"/>.</param>
    /// <param name="ct">Cancels the grant; nothing is stored then.</param>
    /// <returns>The stored grant.</returns>
    /// <exception cref="ArgumentException">When the reason is not acceptable, the duration is out of range, or the person or agency is unknown.</exception>
    public Task<BreakGlassGrant> GrantBreakGlassAsync(string user, AgencyId agency, PersonId person, string reason, TimeSpan duration, CancellationToken ct = default) =>
        GrantBreakGlassAsync(user, agency, person, reason, duration, role: null, from: null, ct);

    /// <summary>
    /// As <see cref="GrantBreakGlassAsync(string, AgencyId, PersonId, string, TimeSpan, CancellationToken)"/>,
    /// with the user's role and remote address for the audit entry.
    /// </summary>
    /// <param name="user">The user (user name or client id).</param>
    /// <param name="agency">The user's agency.</param>
    /// <param name="person">Whose record.</param>
    /// <param name="reason">Why, in at least a sentence (<see cref="BreakGlassReason.IsAcceptable"/>).</param>
    /// <param name="duration">How long; more than zero and at most <see cref="MaximumBreakGlassDuration"/>.</param>
    /// <param name="role">The user's role, for the audit entry.</param>
    /// <param name="from">The user's remote address, for the audit entry.</param>
    /// <param name="ct">Cancels the grant; nothing is stored then.</param>
    /// <returns>The stored grant.</returns>
    /// <exception cref="ArgumentException">When the reason is not acceptable, the duration is out of range, or the person or agency is unknown.</exception>
    public async Task<BreakGlassGrant> GrantBreakGlassAsync(
        string user, AgencyId agency, PersonId person, string reason, TimeSpan duration, string? role, string? from, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (!BreakGlassReason.IsAcceptable(reason))
        {
            throw new ArgumentException($"The break-glass reason is too short or too long. {BreakGlassReason.Rule}", nameof(reason));
        }
        if (duration <= TimeSpan.Zero || duration > MaximumBreakGlassDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"Break-glass access lasts more than no time and at most {MaximumBreakGlassDuration.TotalHours:0} hours.");
        }
        var record = await store.LoadFamilyRecordAsync(person, ct)
            ?? throw new ArgumentException($"There is no record of a person '{person}'.", nameof(person));
        var holder = record.History.Agencies.FirstOrDefault(a => a.Id == agency)
            ?? throw new ArgumentException($"There is no agency '{agency}'.", nameof(agency));
        var subject = record.History.Persons.First(p => p.Id == record.Resolved.Resolve(person));
        var involvement = PersonInvolvement.Of(record, person);
        var notify = involvement.ChildrensSocialCare.Select(a => a.Id.Value)
            .Append(agency.Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        var grantedAt = StoredTime.Now(clock);
        var row = new BreakGlassGrantRow
        {
            UserName = user,
            AgencyId = agency.Value,
            PersonId = person.Value,
            Reason = reason.Trim(),
            GrantedAt = grantedAt,
            ExpiresAt = StoredTime.Truncate(grantedAt + duration),
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(row);
        await db.SaveChangesAsync(ct);
        var grant = ToGrant(row);
        db.Add(new AlertRow
        {
            Rule = BreakGlassRule,
            Key = row.Id.ToString(CultureInfo.InvariantCulture),
            RaisedOn = SafeguardingDay.Today(clock),
            Message = $"Break-glass access: {user} of {holder.Name} opened the record of {subject.Name ?? person.Value} ({person}) "
                + $"without being involved, until {grant.ExpiresAt:yyyy-MM-dd HH:mm} UTC. Reason given: \"{grant.Reason}\"",
            SubjectIds = JsonSerializer.Serialize(new[] { person.Value }),
            NotifyIds = JsonSerializer.Serialize(notify),
            RecordedAt = grantedAt,
            Subjects = [new AlertSubjectRow { PersonId = person.Value }],
            Recipients = notify.Select(a => new AlertRecipientRow { AgencyId = a }).ToList(),
        });
        // Saves the alert with the entry: grant, alert and audit entry commit together or not at all.
        await AuditChain.AppendAsync(
            db,
            new AuditRecord(user, agency, role, AuditAction.BreakGlass, person,
                $"break-glass grant {row.Id}: the record of {person} until {grant.ExpiresAt.UtcDateTime:O}", grant.Reason, from),
            grantedAt,
            ct);
        await transaction.CommitAsync(ct);
        return grant;
    }

    /// <summary>Every break-glass grant for the person's record, expired ones included, newest first.</summary>
    /// <param name="person">Whose record.</param>
    /// <param name="ct">Cancels the query.</param>
    public async Task<IReadOnlyList<BreakGlassGrant>> GrantsForPersonAsync(PersonId person, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<BreakGlassGrantRow>().AsNoTracking()
            .Where(g => g.PersonId == person.Value)
            .OrderByDescending(g => g.Id)
            .ToListAsync(ct);
        return rows.Select(ToGrant).ToArray();
    }

    private static BreakGlassGrant ToGrant(BreakGlassGrantRow row) =>
        new(row.Id, row.UserName, new AgencyId(row.AgencyId), new PersonId(row.PersonId), row.Reason, row.GrantedAt, row.ExpiresAt);
}
