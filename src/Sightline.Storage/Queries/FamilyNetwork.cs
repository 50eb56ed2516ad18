using Microsoft.EntityFrameworkCore;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Queries;

/// <summary>
/// The family network around a person: everyone reachable through relationships, households as
/// first known, the links events make (an adult joining a household, a pregnancy) and other
/// agencies' records of the same person, however many steps away. Walked breadth first, one
/// round of four indexed queries per step; the
/// networks of many persons are walked together, in the same rounds, and told apart afterwards.
/// </summary>
internal static class FamilyNetwork
{
    /// <summary>Ids per query, so that a walk over thousands of persons stays modest queries.</summary>
    private const int Slice = 2000;

    public static async Task<IReadOnlySet<string>> WalkAsync(SightlineDbContext db, string personId, CancellationToken cancellationToken) =>
        (await WalkManyAsync(db, [personId], cancellationToken))[0];

    /// <summary>
    /// The networks of <paramref name="persons"/>, one per distinct network (persons in one network
    /// share it), in the order their first person comes.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlySet<string>>> WalkManyAsync(SightlineDbContext db, IReadOnlyList<string> persons, CancellationToken cancellationToken)
    {
        var families = new Families();
        var reached = new HashSet<string>(persons, StringComparer.Ordinal);
        var frontier = reached.ToList();
        while (frontier.Count > 0)
        {
            var next = new List<string>();
            foreach (var slice in frontier.Chunk(Slice))
            {
                foreach (var (a, b) in await EdgesAsync(db, slice, cancellationToken))
                {
                    families.Join(a, b);
                    if (reached.Add(a))
                    {
                        next.Add(a);
                    }
                    if (reached.Add(b))
                    {
                        next.Add(b);
                    }
                }
            }
            frontier = next;
        }
        var networks = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var person in reached)
        {
            var root = families.Root(person);
            if (!networks.TryGetValue(root, out var network))
            {
                networks[root] = network = new HashSet<string>(StringComparer.Ordinal);
            }
            network.Add(person);
        }
        return [.. persons.Select(families.Root).Distinct(StringComparer.Ordinal).Select(root => networks[root])];
    }

    /// <summary>Who each of <paramref name="persons"/> is joined to, as pairs: relationships, housemates, event links, linked records.</summary>
    private static async Task<IEnumerable<(string, string)>> EdgesAsync(SightlineDbContext db, string[] persons, CancellationToken cancellationToken)
    {
        var related = await db.Set<RelationshipRow>()
            .Where(r => persons.Contains(r.FromPersonId) || persons.Contains(r.ToPersonId))
            .Select(r => new { r.FromPersonId, r.ToPersonId })
            .ToListAsync(cancellationToken);
        var households = db.Set<HouseholdMemberRow>().Where(m => persons.Contains(m.PersonId)).Select(m => m.HouseholdId);
        var housemates = await db.Set<HouseholdMemberRow>()
            .Where(m => households.Contains(m.HouseholdId))
            .Select(m => new { m.HouseholdId, m.PersonId })
            .ToListAsync(cancellationToken);
        var linked = await db.Set<EventLinkRow>()
            .Where(l => persons.Contains(l.PersonId) || persons.Contains(l.LinkedPersonId))
            .Select(l => new { l.PersonId, l.LinkedPersonId })
            .ToListAsync(cancellationToken);
        // A household joins its members to one another: each to the first of them is enough.
        var firstMember = new Dictionary<string, string>(StringComparer.Ordinal);
        var edges = new List<(string, string)>(related.Count + housemates.Count + linked.Count);
        edges.AddRange(related.Select(r => (r.FromPersonId, r.ToPersonId)));
        foreach (var member in housemates)
        {
            if (!firstMember.TryAdd(member.HouseholdId, member.PersonId))
            {
                edges.Add((firstMember[member.HouseholdId], member.PersonId));
            }
            else
            {
                edges.Add((member.PersonId, member.PersonId));
            }
        }
        edges.AddRange(linked.Select(l => (l.PersonId, l.LinkedPersonId)));
        // Other agencies' records of the same person, once identity resolution has linked them:
        // each to the record that names the person. Two look-ups, not one with a sub-query:
        // matching a nullable column against a sub-query makes the engines compare nulls too,
        // which they answer by reading every person (seconds at national scale).
        var clusters = await db.Set<PersonRow>()
            .Where(p => persons.Contains(p.Id) && p.ResolvedId != null)
            .Select(p => p.ResolvedId!)
            .Distinct()
            .ToListAsync(cancellationToken);
        var sameness = clusters.Count == 0
            ? []
            : await db.Set<PersonRow>()
                .Where(p => p.ResolvedId != null && clusters.Contains(p.ResolvedId))
                .Select(p => new { p.Id, p.ResolvedId })
                .ToListAsync(cancellationToken);
        edges.AddRange(sameness.Select(p => (p.Id, p.ResolvedId!)));
        return edges;
    }

    /// <summary>Union–find over person ids: which persons the edges seen so far put in one family.</summary>
    private sealed class Families
    {
        private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);

        public string Root(string person)
        {
            var root = person;
            while (parent.TryGetValue(root, out var up) && up != root)
            {
                root = up;
            }
            // Path compression: the next look-up from here is one step.
            while (parent.TryGetValue(person, out var up) && up != root)
            {
                parent[person] = root;
                person = up;
            }
            return root;
        }

        public void Join(string a, string b)
        {
            var (rootA, rootB) = (Root(a), Root(b));
            if (rootA != rootB)
            {
                parent[rootA] = rootB;
            }
        }
    }
}
