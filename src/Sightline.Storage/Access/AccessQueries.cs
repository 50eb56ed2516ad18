using Microsoft.EntityFrameworkCore;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Access;

/// <summary>
/// The set-based reads behind <see cref="AccessFacts"/>: which of many records an agency was
/// notified about or a user holds a grant for, and which family members an agency's own events
/// (or, for children's social care, any plan's start) name. Each takes the ids a slice at a time,
/// through the indexes on person ids, so one record or thousands cost a few queries.
/// </summary>
internal static class AccessQueries
{
    /// <summary>Ids per query, so that thousands of records stay modest queries.</summary>
    private const int Slice = 2000;

    /// <summary>The kind of the event that starts a plan: only a family with one can have an active plan.</summary>
    private static readonly string PlanStartedKind = EventKinds.KindOf(typeof(PlanStarted));

    /// <summary>The records of <paramref name="records"/> named by an alert, other than a break-glass one, that notified the agency.</summary>
    public static async Task<HashSet<string>> NotifiedAsync(SightlineDbContext db, AgencyId agency, IEnumerable<string> records, CancellationToken ct)
    {
        var notified = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slice in records.Distinct(StringComparer.Ordinal).Chunk(Slice))
        {
            // A break-glass alert tells the user's own agency, for its safeguarding lead to review; it
            // must not become a lasting entitlement that outlives the grant.
            notified.UnionWith(await db.Set<AlertRow>()
                .Where(a => a.Rule != AccessFacts.BreakGlassRule && a.Recipients.Any(r => r.AgencyId == agency.Value))
                .SelectMany(a => a.Subjects)
                .Where(s => slice.Contains(s.PersonId))
                .Select(s => s.PersonId)
                .Distinct()
                .ToListAsync(ct));
        }
        return notified;
    }

    /// <summary>The records of <paramref name="records"/> this user of the agency holds a grant for at <paramref name="now"/>.</summary>
    public static async Task<HashSet<string>> GrantedAsync(SightlineDbContext db, AgencyId agency, string user, IEnumerable<string> records, DateTimeOffset now, CancellationToken ct)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slice in records.Distinct(StringComparer.Ordinal).Chunk(Slice))
        {
            granted.UnionWith(await db.Set<BreakGlassGrantRow>()
                .Where(g => slice.Contains(g.PersonId) && g.UserName == user && g.AgencyId == agency.Value && g.GrantedAt <= now && g.ExpiresAt > now)
                .Select(g => g.PersonId)
                .Distinct()
                .ToListAsync(ct));
        }
        return granted;
    }

    /// <summary>
    /// The persons of <paramref name="members"/> named by an event the agency recorded or, when
    /// <paramref name="plansToo"/>, by an event that started a plan. Involvement by records is
    /// drawn only from the agency's own events in the family, and a plan held only from a plan
    /// started in it, so a family none of whose members is named here gives the agency neither.
    /// </summary>
    public static async Task<HashSet<string>> NamedAsync(SightlineDbContext db, AgencyId agency, bool plansToo, IEnumerable<string> members, CancellationToken ct)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slice in members.Distinct(StringComparer.Ordinal).Chunk(Slice))
        {
            named.UnionWith(await db.Set<EventSubjectRow>()
                .Where(s => slice.Contains(s.PersonId))
                .Join(db.Set<EventRow>(), s => s.EventSequence, e => e.Sequence, (s, e) => new { s.PersonId, e.AgencyId, e.Kind })
                .Where(x => x.AgencyId == agency.Value || (plansToo && x.Kind == PlanStartedKind))
                .Select(x => x.PersonId)
                .Distinct()
                .ToListAsync(ct));
        }
        return named;
    }

    /// <summary>The stored persons of <paramref name="members"/>, each with the person their record is resolved to (null when it names the person itself).</summary>
    public static async Task<Dictionary<string, string?>> StoredAsync(SightlineDbContext db, IEnumerable<string> members, CancellationToken ct)
    {
        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var slice in members.Distinct(StringComparer.Ordinal).Chunk(Slice))
        {
            foreach (var person in await db.Set<PersonRow>().Where(p => slice.Contains(p.Id)).Select(p => new { p.Id, p.ResolvedId }).ToListAsync(ct))
            {
                stored[person.Id] = person.ResolvedId;
            }
        }
        return stored;
    }
}
