using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Core.Resolution;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;
using Sightline.Storage.Queries;
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
        return record is null ? null : await BasisAsync(agency, user, person, record, ct);
    }

    /// <summary>
    /// As <see cref="BasisAsync(AgencyId, string, PersonId, CancellationToken)"/>, deciding on the
    /// person's family record the caller has just loaded (<see cref="SightlineStore.LoadFamilyRecordAsync"/>),
    /// so that a page decides on, and then shows, one reading of the record rather than two.
    /// </summary>
    /// <param name="agency">The agency asking.</param>
    /// <param name="user">The user asking (the user name or client id), for break-glass grants.</param>
    /// <param name="person">Whose record.</param>
    /// <param name="record">The family record loaded for <paramref name="person"/>.</param>
    /// <param name="ct">Cancels the query.</param>
    /// <exception cref="ArgumentException">When <paramref name="person"/> is not in the record's network.</exception>
    public async Task<AccessBasis?> BasisAsync(AgencyId agency, string user, PersonId person, FamilyRecord record, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(record);
        if (!record.Network.Contains(person))
        {
            throw new ArgumentException($"The family record given is not the family of '{person}'.", nameof(record));
        }
        if (Entitled(PersonInvolvement.Of(record, person), agency) is { } basis)
        {
            return basis;
        }
        var records = record.RecordsOf(person).Select(r => r.Value).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        if ((await AccessQueries.NotifiedAsync(db, agency, records, ct)).Count > 0)
        {
            return AccessBasis.Notified;
        }
        var granted = await AccessQueries.GrantedAsync(db, agency, user, records, StoredTime.Now(clock), ct);
        return granted.Count > 0 ? AccessBasis.BreakGlass : null;
    }

    /// <summary>
    /// <see cref="BasisAsync(AgencyId, string, PersonId, CancellationToken)"/> for many persons at
    /// once, with the same answer for each, in a few set-based queries: the families are walked
    /// together; only those in which the agency recorded an event (or, for children's social care,
    /// in which a plan was started) are loaded and folded, once per family whoever in it is asked
    /// about; the alerts and grants of every record asked about are read at once.
    /// </summary>
    /// <param name="agency">The agency asking.</param>
    /// <param name="user">The user asking (the user name or client id), for break-glass grants.</param>
    /// <param name="persons">Whose records.</param>
    /// <param name="ct">Cancels the queries.</param>
    /// <returns>The basis of each person that has one; persons without one (or unknown) are left out.</returns>
    public async Task<IReadOnlyDictionary<PersonId, AccessBasis>> BasesAsync(AgencyId agency, string user, IEnumerable<PersonId> persons, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(persons);
        var wanted = persons.Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList();
        var bases = new Dictionary<PersonId, AccessBasis>();
        if (wanted.Count == 0)
        {
            return bases;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var networks = await FamilyNetwork.WalkManyAsync(db, wanted, ct);
        var members = networks.SelectMany(n => n).ToList();
        var stored = await AccessQueries.StoredAsync(db, members, ct);
        var plansToo = await db.Set<AgencyRow>().AnyAsync(a => a.Id == agency.Value && a.Kind == AgencyKind.ChildrensSocialCare, ct);
        var named = await AccessQueries.NamedAsync(db, agency, plansToo, members, ct);
        var asked = wanted.ToHashSet(StringComparer.Ordinal);

        // Persons still without a basis after their involvement, with their records, for the alerts and grants.
        var undecided = new List<(PersonId Person, IReadOnlyList<PersonId> Records)>();
        var folded = await FamilyRecords.LoadAsync(db, [.. networks.Where(n => n.Any(named.Contains))], ct);
        foreach (var record in folded)
        {
            var state = PersonInvolvement.Fold(record);
            foreach (var person in record.Network.Where(p => asked.Contains(p.Value)))
            {
                if (Entitled(PersonInvolvement.Of(state, record, person), agency) is { } basis)
                {
                    bases[person] = basis;
                }
                else
                {
                    undecided.Add((person, record.RecordsOf(person)));
                }
            }
        }
        // The families left unloaded give the agency no involvement; as for one person, a family
        // with no stored person gives no basis at all.
        foreach (var network in networks.Where(n => !n.Any(named.Contains) && n.Any(stored.ContainsKey)))
        {
            var ids = network.Select(p => new PersonId(p)).ToList();
            var resolved = new ResolvedPersons(network
                .Where(p => stored.GetValueOrDefault(p) is not null)
                .Select(p => KeyValuePair.Create(new PersonId(p), new PersonId(stored[p]!))));
            undecided.AddRange(ids.Where(p => asked.Contains(p.Value)).Select(p => (p, FamilyRecord.RecordsOf(ids, resolved, p))));
        }

        var records = undecided.SelectMany(u => u.Records).Select(r => r.Value).ToList();
        var notified = await AccessQueries.NotifiedAsync(db, agency, records, ct);
        var granted = await AccessQueries.GrantedAsync(db, agency, user, records, StoredTime.Now(clock), ct);
        foreach (var (person, of) in undecided)
        {
            if (of.Any(r => notified.Contains(r.Value)))
            {
                bases[person] = AccessBasis.Notified;
            }
            else if (of.Any(r => granted.Contains(r.Value)))
            {
                bases[person] = AccessBasis.BreakGlass;
            }
        }
        return bases;
    }

    /// <summary>The agency's own entitlement from the person's involvement: involved before holding the plan; null for neither.</summary>
    private static AccessBasis? Entitled(PersonInvolvement involvement, AgencyId agency) =>
        involvement.Recorded.Contains(agency) ? AccessBasis.Involved
        : involvement.PlanHolders.Contains(agency) ? AccessBasis.HoldsPlan
        : null;

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
