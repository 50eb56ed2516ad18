using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Storage.Queries;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Flags;

/// <summary>
/// What a flag check reads, each by index look-ups alone so that a check stays fast at national
/// scale: the flagging plans of the persons checked and of their households (from what the live
/// protocols keep in <c>plan_flags</c> and <c>household_plans</c>, so no family network is
/// walked), the children's social care of the areas holding them, and the persons' latest
/// unscheduled-care attendances. Each call uses its own short-lived context.
/// </summary>
/// <param name="contexts">Creates contexts on the configured database.</param>
public sealed class FlagRecords(IDbContextFactory<SightlineDbContext> contexts) : IDisposable
{
    private PreparedSqliteReads? sqliteReads;
    private volatile bool engineKnown;

    /// <summary>
    /// The child-protection, looked-after and pre-birth plans of the persons and of the others in
    /// their households, active or ended on or after <paramref name="endedSince"/>; active plans
    /// first, then by start, newest first.
    /// </summary>
    /// <param name="persons">The records checked (usually one; several while records of one person are not linked).</param>
    /// <param name="endedSince">Plans that ended before this day are left out.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<StoredFlag>> FlagsAsync(IReadOnlyCollection<PersonId> persons, DateOnly endedSince, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persons);
        if (persons.Count == 0)
        {
            return [];
        }
        var ids = persons.Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plans = db.Set<PlanFlagRow>().AsNoTracking();
        var own = plans
            .Where(f => ids.Contains(f.ChildId))
            .Select(f => new FlagHit { PersonId = f.ChildId, HolderId = f.ChildId, Plan = f.Plan, Category = f.Category, LocalAuthority = f.LocalAuthority, Started = f.Started, Ended = f.Ended });
        var household = db.Set<HouseholdPlanRow>().AsNoTracking()
            .Where(h => ids.Contains(h.PersonId))
            .Join(plans, h => h.MemberId, f => f.ChildId, (h, f) => new FlagHit { PersonId = h.PersonId, HolderId = f.ChildId, Plan = f.Plan, Category = f.Category, LocalAuthority = f.LocalAuthority, Started = f.Started, Ended = f.Ended });
        var hits = await own.Concat(household)
            .Where(f => f.Plan != PlanType.ChildInNeed && (f.Ended == null || f.Ended >= endedSince))
            .Join(db.Set<PersonRow>(), f => f.HolderId, p => p.Id, (f, p) => new { Hit = f, p.Name, p.Role })
            .ToListAsync(cancellationToken);
        return Sorted(hits.Select(h => new StoredFlag(
            new PersonId(h.Hit.PersonId), new PersonId(h.Hit.HolderId), h.Name, h.Role,
            h.Hit.Plan, h.Hit.Category, h.Hit.LocalAuthority, h.Hit.Started, h.Hit.Ended)));
    }

    /// <summary>
    /// What a flag check by NHS number reads, in one round trip (<see cref="FlagReadingSql"/>): the
    /// records holding the number, the records linked to them, the plans of all of them and of
    /// their households active or ended on or after <paramref name="endedSince"/>, the areas'
    /// children's social care, and the latest attendances, at most
    /// <paramref name="attendancesPerPerson"/> for each person. The same as
    /// <see cref="SightlineStore.FindPersonsByNhsNumberAsync"/>, <see cref="SightlineStore.ResolveRecordsAsync"/>,
    /// <see cref="FlagsAsync"/>, <see cref="ChildrensSocialCareOfAsync"/> and <see cref="AttendancesAsync"/>
    /// one after another, for a tenth of the application's time: the check is the one read made
    /// thousands of times a second.
    /// </summary>
    /// <param name="nhsNumber">The number checked.</param>
    /// <param name="endedSince">Plans that ended before this day are left out.</param>
    /// <param name="attendancesPerPerson">How many attendances at most per person found; at least 1.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<FlagReading> ReadByNhsNumberAsync(NhsNumber nhsNumber, DateOnly endedSince, int attendancesPerPerson, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attendancesPerPerson);
        object[] values = [nhsNumber.Value, endedSince, attendancesPerPerson];
        if (await SqliteReadsAsync(cancellationToken) is { } prepared)
        {
            return await prepared.ReadAsync(values, FlagReadingSql.ReadAsync, cancellationToken);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = FlagReadingSql.PostgreSql;
        for (var i = 0; i < values.Length; i++)
        {
            Add(command, FlagReadingSql.Parameters[i], values[i]);
        }
        // PostgreSQL keeps a prepared statement on the pooled connection, so after the first
        // check on each connection the statements are only bound and run, not planned again.
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await FlagReadingSql.ReadAsync(reader, cancellationToken);
    }

    /// <summary>Closes the SQLite connections kept for the check.</summary>
    public void Dispose() => sqliteReads?.Dispose();

    /// <summary>On SQLite, the connections that keep the check's statements prepared; null on PostgreSQL.</summary>
    private async ValueTask<PreparedSqliteReads?> SqliteReadsAsync(CancellationToken cancellationToken)
    {
        if (engineKnown)
        {
            return sqliteReads;
        }
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!db.Database.IsNpgsql())
            {
                var connectionString = db.Database.GetConnectionString()
                    ?? throw new InvalidOperationException("The SQLite context has no connection string.");
                Interlocked.CompareExchange(ref sqliteReads, new PreparedSqliteReads(connectionString, FlagReadingSql.Sqlite, FlagReadingSql.Parameters), null);
            }
        }
        engineKnown = true;
        return sqliteReads;
    }

    /// <summary>The children's social care agencies of the areas, by area and id: whom a clinician calls about a plan.</summary>
    /// <param name="areas">Local authorities holding plans.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<Agency>> ChildrensSocialCareOfAsync(IReadOnlyCollection<string> areas, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (areas.Count == 0)
        {
            return [];
        }
        var names = areas.Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AgencyRow>().AsNoTracking()
            .Where(a => a.Kind == AgencyKind.ChildrensSocialCare && names.Contains(a.LocalAuthority))
            .ToListAsync(cancellationToken);
        return Contacts(rows);
    }

    /// <summary>The persons' latest unscheduled-care attendances, newest first; at most <paramref name="limit"/>.</summary>
    /// <param name="persons">The records checked.</param>
    /// <param name="limit">How many at most; at least 1.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<StoredAttendance>> AttendancesAsync(IReadOnlyCollection<PersonId> persons, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (persons.Count == 0)
        {
            return [];
        }
        var ids = persons.Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList();
        var kind = EventKinds.KindOf(typeof(Attendance));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // From the subjects' index to the log, not the other way round: attendances are among the
        // commonest events, so the kind's own index would read far more rows than one person has.
        var rows = await db.Set<EventSubjectRow>().AsNoTracking()
            .Where(s => ids.Contains(s.PersonId))
            .Join(db.Set<EventRow>(), s => s.EventSequence, e => e.Sequence, (s, e) => new { s.PersonId, Event = e })
            .Where(x => x.Event.Kind == kind)
            .Join(db.Set<AgencyRow>(), x => x.Event.AgencyId, a => a.Id, (x, a) => new { x.PersonId, x.Event.Sequence, x.Event.Date, x.Event.AgencyId, AgencyName = a.Name, x.Event.Payload })
            .OrderByDescending(x => x.Date).ThenByDescending(x => x.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return Attendances(rows.Select(r => (r.PersonId, r.Sequence, r.Date, r.AgencyId, r.AgencyName, r.Payload)));
    }

    /// <summary>Plans found, once each: by person, active first, own before the household's, newest first, then by holder.</summary>
    internal static StoredFlag[] Sorted(IEnumerable<StoredFlag> flags) =>
        flags
            .Distinct()
            .OrderBy(f => f.Person.Value, StringComparer.Ordinal)
            .ThenBy(f => f.IsActive ? 0 : 1)
            .ThenBy(f => f.IsOwn ? 0 : 1)
            .ThenByDescending(f => f.Started)
            .ThenBy(f => f.Holder.Value, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Children's social care agencies by area and id.</summary>
    internal static Agency[] Contacts(IEnumerable<AgencyRow> rows) =>
        rows
            .DistinctBy(a => a.Id)
            .OrderBy(a => a.LocalAuthority, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(RowMapping.ToAgency)
            .ToArray();

    /// <summary>Attendance rows, newest first, once each however many of their subjects were asked for.</summary>
    internal static StoredAttendance[] Attendances(IEnumerable<(string Person, long Sequence, DateOnly Date, string Agency, string AgencyName, string Payload)> rows) =>
        rows
            .DistinctBy(r => r.Sequence)
            .Select(r => (Row: r, Event: (Attendance)EventJson.Deserialize(r.Payload)))
            .Select(x => new StoredAttendance(new PersonId(x.Row.Person), x.Row.Date, new AgencyId(x.Row.Agency), x.Row.AgencyName, x.Event.Setting, x.Event.Reason))
            .ToArray();

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
