using Sightline.Core.Persons;

namespace Sightline.Core.Resolution;

/// <summary>
/// One person from the several records that agencies hold of them. The resolved person's own
/// record speaks first; another record fills what it leaves out; history facts and the agencies
/// that know them are the union of all, because a fact one agency holds about the man is a fact
/// about him whichever record it came in on.
/// </summary>
public static class PersonRecords
{
    /// <summary>Merges <paramref name="records"/> (the resolved person's own record first) into one person with id <paramref name="id"/>.</summary>
    public static Person Merge(PersonId id, IReadOnlyList<Person> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            throw new ArgumentException("At least one record is needed.", nameof(records));
        }
        var first = records[0];
        if (records.Count == 1)
        {
            return first.Id == id ? first : first with { Id = id };
        }
        return first with
        {
            Id = id,
            Sex = records.Select(r => r.Sex).FirstOrDefault(s => s != Sex.Unknown, Sex.Unknown),
            Born = records.Select(r => r.Born).FirstOrDefault(b => b is not null),
            Due = records.Select(r => r.Due).FirstOrDefault(d => d is not null),
            NhsNumber = records.Select(r => r.NhsNumber).FirstOrDefault(n => n is not null),
            Name = records.Select(r => r.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
            Postcode = records.Select(r => r.Postcode).FirstOrDefault(p => p is not null),
            Mobility = records.Select(r => r.Mobility).FirstOrDefault(m => m is not null),
            LocalAuthority = records.Select(r => r.LocalAuthority).FirstOrDefault(a => a is not null),
            // Any agency's word that a child is not registered with a GP is worth acting on.
            GpRegistered = records.All(r => r.GpRegistered),
            History = records.SelectMany(r => r.History)
                .GroupBy(f => f.Fact)
                .OrderBy(g => g.Key)
                .Select(g => new HistoryFact(g.Key, g.SelectMany(f => f.KnownTo).Distinct().ToArray()))
                .ToArray(),
        };
    }
}
