using Microsoft.EntityFrameworkCore;
using Sightline.Core.Intake;
using Sightline.Core.Resolution;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Queries;

/// <summary>
/// Loads the family records of many networks in a few queries: the persons, relationships,
/// households and events of all of them at once, through the indexes on person ids, then each
/// network's share. What <see cref="SightlineStore.LoadFamilyRecordAsync"/> returns for one person,
/// for a whole batch's families.
/// </summary>
internal static class FamilyRecords
{
    private const int Slice = 2000;

    public static async Task<IReadOnlyList<FamilyRecord>> LoadAsync(SightlineDbContext db, IReadOnlyList<IReadOnlySet<string>> networks, CancellationToken cancellationToken)
    {
        var everyone = networks.SelectMany(n => n).ToList();
        var agencies = (await db.Set<AgencyRow>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(a => a.Id, StringComparer.Ordinal).Select(RowMapping.ToAgency).ToArray();
        var persons = new List<PersonRow>();
        var relationships = new List<RelationshipRow>();
        var householdIds = new HashSet<string>(StringComparer.Ordinal);
        var subjects = new List<EventSubjectRow>();
        foreach (var slice in everyone.Chunk(Slice))
        {
            persons.AddRange(await db.Set<PersonRow>().AsNoTracking().Include(p => p.History).Where(p => slice.Contains(p.Id)).ToListAsync(cancellationToken));
            relationships.AddRange(await db.Set<RelationshipRow>().AsNoTracking().Where(r => slice.Contains(r.FromPersonId)).ToListAsync(cancellationToken));
            householdIds.UnionWith(await db.Set<HouseholdMemberRow>().Where(m => slice.Contains(m.PersonId)).Select(m => m.HouseholdId).ToListAsync(cancellationToken));
            // Through the subjects' index, not a scan of the log.
            subjects.AddRange(await db.Set<EventSubjectRow>().AsNoTracking().Where(s => slice.Contains(s.PersonId)).ToListAsync(cancellationToken));
        }
        var households = new List<HouseholdRow>();
        foreach (var slice in householdIds.Chunk(Slice))
        {
            households.AddRange(await db.Set<HouseholdRow>().AsNoTracking().Include(h => h.Members).Where(h => slice.Contains(h.Id)).ToListAsync(cancellationToken));
        }
        var events = new Dictionary<long, EventRow>();
        foreach (var slice in subjects.Select(s => s.EventSequence).Distinct().Chunk(Slice))
        {
            foreach (var row in await db.Set<EventRow>().AsNoTracking().Where(e => slice.Contains(e.Sequence)).ToListAsync(cancellationToken))
            {
                events[row.Sequence] = row;
            }
        }
        var personsById = persons.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var eventsOf = subjects.ToLookup(s => s.PersonId, s => s.EventSequence, StringComparer.Ordinal);
        var relationshipsFrom = relationships.ToLookup(r => r.FromPersonId, StringComparer.Ordinal);
        var householdsOf = households.SelectMany(h => h.Members.Select(m => (m.PersonId, Household: h))).ToLookup(x => x.PersonId, x => x.Household, StringComparer.Ordinal);
        return [.. networks.Where(n => n.Any(personsById.ContainsKey)).Select(network => Record(network, agencies, personsById, relationshipsFrom, householdsOf, eventsOf, events))];
    }

    private static FamilyRecord Record(
        IReadOnlySet<string> network,
        Core.Agencies.Agency[] agencies,
        Dictionary<string, PersonRow> persons,
        ILookup<string, RelationshipRow> relationshipsFrom,
        ILookup<string, HouseholdRow> householdsOf,
        ILookup<string, long> eventsOf,
        Dictionary<long, EventRow> events)
    {
        var members = network.Where(persons.ContainsKey).Select(p => persons[p]).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var relationships = network.SelectMany(p => relationshipsFrom[p])
            .OrderBy(r => r.FromPersonId, StringComparer.Ordinal).ThenBy(r => r.ToPersonId, StringComparer.Ordinal).ThenBy(r => r.Type);
        var households = network.SelectMany(p => householdsOf[p]).DistinctBy(h => h.Id).OrderBy(h => h.Id, StringComparer.Ordinal);
        var stored = network.SelectMany(p => eventsOf[p]).Distinct().Select(s => events[s])
            .OrderBy(e => e.Date).ThenBy(e => e.Sequence)
            .Select(RowMapping.ToStoredEvent)
            .ToArray();
        var history = new CaseHistory(
            agencies,
            [.. members.Select(RowMapping.ToPerson)],
            [.. relationships.Select(RowMapping.ToRelationship)],
            [.. households.Select(RowMapping.ToHousehold)],
            [.. stored.Select(e => e.Event)]);
        // Read against resolved persons: other agencies' records of one person are that person.
        var resolved = new ResolvedPersons(members
            .Where(p => p.ResolvedId != null)
            .Select(p => KeyValuePair.Create(new Core.Persons.PersonId(p.Id), new Core.Persons.PersonId(p.ResolvedId!))));
        return new FamilyRecord(
            [.. network.Order(StringComparer.Ordinal).Select(p => new Core.Persons.PersonId(p))],
            ResolvedHistory.Of(history, resolved),
            [.. stored.Select(e => e.Source)],
            members.Min(p => p.KnownSince))
        {
            Resolved = resolved,
        };
    }
}
