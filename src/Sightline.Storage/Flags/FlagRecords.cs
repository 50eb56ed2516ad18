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
public sealed class FlagRecords(IDbContextFactory<SightlineDbContext> contexts)
{
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
        return hits
            .Select(h => new StoredFlag(
                new PersonId(h.Hit.PersonId), new PersonId(h.Hit.HolderId), h.Name, h.Role,
                h.Hit.Plan, h.Hit.Category, h.Hit.LocalAuthority, h.Hit.Started, h.Hit.Ended))
            .Distinct()
            .OrderBy(f => f.Person.Value, StringComparer.Ordinal)
            .ThenBy(f => f.IsActive ? 0 : 1)
            .ThenBy(f => f.IsOwn ? 0 : 1)
            .ThenByDescending(f => f.Started)
            .ThenBy(f => f.Holder.Value, StringComparer.Ordinal)
            .ToArray();
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
        return rows
            .OrderBy(a => a.LocalAuthority, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(RowMapping.ToAgency)
            .ToArray();
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
        return rows
            .DistinctBy(r => r.Sequence)
            .Select(r => (Row: r, Event: (Attendance)EventJson.Deserialize(r.Payload)))
            .Select(x => new StoredAttendance(new PersonId(x.Row.PersonId), x.Row.Date, new AgencyId(x.Row.AgencyId), x.Row.AgencyName, x.Event.Setting, x.Event.Reason))
            .ToArray();
    }
}
