using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;

namespace Sightline.Core.Resolution;

/// <summary>
/// A family's case history read against resolved persons: linked records become one person,
/// and every relationship, household and event that named any of them names that person. The
/// protocol engine, the child's page and the chronology all fold this, so they follow the
/// resolved person wherever an agency recorded them.
/// </summary>
public static class ResolvedHistory
{
    /// <summary>The history with every record id replaced by its resolved person.</summary>
    public static CaseHistory Of(CaseHistory history, ResolvedPersons resolved)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(resolved);
        if (resolved.IsEmpty)
        {
            return history;
        }
        var byId = history.Persons.ToDictionary(p => p.Id);
        var persons = history.Persons
            .GroupBy(p => resolved.Resolve(p.Id))
            .Select(g => PersonRecords.Merge(g.Key, OwnRecordFirst(g.Key, g, byId)))
            .OrderBy(p => p.Id.Value, StringComparer.Ordinal)
            .ToArray();
        var relationships = history.Relationships
            .Select(r => r with { From = resolved.Resolve(r.From), To = resolved.Resolve(r.To) })
            .Where(r => r.From != r.To)
            .Distinct()
            .ToArray();
        return history with
        {
            Persons = persons,
            Relationships = relationships,
            Households = MergeOverlapping(history.Households.Select(h => h.Members.Select(resolved.Resolve).Distinct().ToList())),
            Events = history.Events.Select(e => e.WithPersons(resolved.Resolve)).ToArray(),
        };
    }

    private static Person[] OwnRecordFirst(PersonId person, IEnumerable<Person> records, Dictionary<PersonId, Person> byId) =>
        byId.TryGetValue(person, out var own)
            ? [own, .. records.Where(r => r.Id != person).OrderBy(r => r.Id.Value, StringComparer.Ordinal)]
            : [.. records.OrderBy(r => r.Id.Value, StringComparer.Ordinal)];

    /// <summary>
    /// Two agencies' records of one household, once their members are resolved, share members:
    /// they are one household, holding everyone either saw there.
    /// </summary>
    private static Household[] MergeOverlapping(IEnumerable<List<PersonId>> households)
    {
        var merged = new List<List<PersonId>>();
        foreach (var members in households)
        {
            var overlapping = merged.Where(m => m.Intersect(members).Any()).ToList();
            var union = overlapping.SelectMany(m => m).Concat(members).Distinct().ToList();
            merged.RemoveAll(overlapping.Contains);
            merged.Add(union);
        }
        return merged.Select(m => new Household(m)).ToArray();
    }
}
