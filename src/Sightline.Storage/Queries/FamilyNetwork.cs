using Microsoft.EntityFrameworkCore;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Queries;

/// <summary>
/// The family network around a person: everyone reachable through relationships, households as
/// first known, and the links events make (an adult joining a household, a pregnancy), however
/// many steps away. Walked breadth first, one round of three indexed queries per step.
/// </summary>
internal static class FamilyNetwork
{
    public static async Task<IReadOnlySet<string>> WalkAsync(SightlineDbContext db, string personId, CancellationToken cancellationToken)
    {
        var network = new HashSet<string>(StringComparer.Ordinal) { personId };
        List<string> frontier = [personId];
        while (frontier.Count > 0)
        {
            var neighbours = await NeighboursAsync(db, frontier, cancellationToken);
            frontier = neighbours.Where(network.Add).ToList();
        }
        return network;
    }

    private static async Task<IEnumerable<string>> NeighboursAsync(SightlineDbContext db, List<string> persons, CancellationToken cancellationToken)
    {
        var related = await db.Set<RelationshipRow>()
            .Where(r => persons.Contains(r.FromPersonId) || persons.Contains(r.ToPersonId))
            .Select(r => new { r.FromPersonId, r.ToPersonId })
            .ToListAsync(cancellationToken);
        var households = db.Set<HouseholdMemberRow>().Where(m => persons.Contains(m.PersonId)).Select(m => m.HouseholdId);
        var housemates = await db.Set<HouseholdMemberRow>()
            .Where(m => households.Contains(m.HouseholdId))
            .Select(m => m.PersonId)
            .ToListAsync(cancellationToken);
        var linked = await db.Set<EventLinkRow>()
            .Where(l => persons.Contains(l.PersonId) || persons.Contains(l.LinkedPersonId))
            .Select(l => new { l.PersonId, l.LinkedPersonId })
            .ToListAsync(cancellationToken);
        // Other agencies' records of the same person, once identity resolution has linked them.
        var clusters = db.Set<PersonRow>().Where(p => persons.Contains(p.Id) && p.ResolvedId != null).Select(p => p.ResolvedId);
        var sameness = await db.Set<PersonRow>()
            .Where(p => clusters.Contains(p.ResolvedId))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        return related.SelectMany(r => new[] { r.FromPersonId, r.ToPersonId })
            .Concat(housemates)
            .Concat(sameness)
            .Concat(linked.SelectMany(l => new[] { l.PersonId, l.LinkedPersonId }));
    }
}
