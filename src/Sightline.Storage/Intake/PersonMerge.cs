using System.Text.Json;
using Sightline.Core.Persons;
using Sightline.Storage.Queries;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Intake;

/// <summary>
/// Brings a stored person up to date with a newly received record of them without losing
/// anything: a detail the new record leaves out (name, NHS number, dates, area, mobility, a
/// known sex) keeps its stored value, and history facts and the agencies that know them are
/// only ever added to.
/// </summary>
internal static class PersonMerge
{
    public static PersonRow NewRow(Person person)
    {
        var row = new PersonRow { Id = person.Id.Value };
        Merge(row, person);
        return row;
    }

    /// <summary>Applies <paramref name="person"/> to <paramref name="row"/>; true when anything changed.</summary>
    public static bool Merge(PersonRow row, Person person)
    {
        var changed = false;
        changed |= Assign(row.Role, person.Role, v => row.Role = v);
        changed |= Assign(row.Sex, person.Sex == Sex.Unknown ? row.Sex : person.Sex, v => row.Sex = v);
        changed |= Assign(row.Born, person.Born ?? row.Born, v => row.Born = v);
        changed |= Assign(row.Due, person.Due ?? row.Due, v => row.Due = v);
        changed |= Assign(row.NhsNumber, person.NhsNumber?.Value ?? row.NhsNumber, v => row.NhsNumber = v);
        changed |= Assign(row.Name, person.Name ?? row.Name, v => row.Name = v);
        changed |= Assign(row.Mobility, person.Mobility ?? row.Mobility, v => row.Mobility = v);
        changed |= Assign(row.GpRegistered, person.GpRegistered, v => row.GpRegistered = v);
        changed |= Assign(row.Postcode, person.Postcode?.Full ?? row.Postcode, v => row.Postcode = v);
        changed |= Assign(row.LocalAuthority, person.LocalAuthority ?? row.LocalAuthority, v => row.LocalAuthority = v);
        var key = Linkage.Resolution.PersonMatchModel.SurnameKey(RowMapping.ToPerson(row));
        changed |= Assign(row.SurnameKey, key, v => row.SurnameKey = v);
        foreach (var fact in person.History)
        {
            changed |= AddFact(row, fact);
        }
        return changed;
    }

    public static IReadOnlyList<string> ReadKnownTo(string json) =>
        JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static bool AddFact(PersonRow row, HistoryFact fact)
    {
        var incoming = fact.KnownTo.Select(a => a.Value);
        var stored = row.History.Find(f => f.Fact == fact.Fact);
        if (stored is null)
        {
            row.History.Add(new HistoryFactRow { PersonId = row.Id, Fact = fact.Fact, KnownTo = WriteKnownTo(incoming) });
            return true;
        }
        var known = ReadKnownTo(stored.KnownTo);
        return Assign(stored.KnownTo, WriteKnownTo(known.Concat(incoming)), v => stored.KnownTo = v);
    }

    private static string WriteKnownTo(IEnumerable<string> agencies) =>
        JsonSerializer.Serialize(agencies.Distinct(StringComparer.Ordinal).ToArray());

    private static bool Assign<T>(T current, T next, Action<T> set)
    {
        if (EqualityComparer<T>.Default.Equals(current, next))
        {
            return false;
        }
        set(next);
        return true;
    }
}
