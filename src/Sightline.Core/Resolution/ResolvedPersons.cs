using Sightline.Core.Persons;

namespace Sightline.Core.Resolution;

/// <summary>
/// Which person each agency record is, once identity resolution has linked records: every
/// record id maps to the id of its resolved person (one of the linked records, the one known
/// longest). A record that is linked to nothing is its own person.
/// </summary>
public sealed class ResolvedPersons
{
    private readonly Dictionary<PersonId, PersonId> _resolved;

    /// <summary>Builds the map from (record, resolved person) pairs; pairs mapping a record to itself may be left out.</summary>
    public ResolvedPersons(IEnumerable<KeyValuePair<PersonId, PersonId>> resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        _resolved = resolved.Where(p => p.Key != p.Value).ToDictionary(p => p.Key, p => p.Value);
    }

    /// <summary>No record is linked to another.</summary>
    public static ResolvedPersons None { get; } = new([]);

    /// <summary>True when no record is linked to another, so nothing needs rewriting.</summary>
    public bool IsEmpty => _resolved.Count == 0;

    /// <summary>The resolved person of a record (the record itself when it is linked to nothing).</summary>
    public PersonId Resolve(PersonId record) => _resolved.TryGetValue(record, out var person) ? person : record;

    /// <summary>True when <paramref name="record"/> is one of several records of a person but not the one that names it.</summary>
    public bool IsMerged(PersonId record) => _resolved.ContainsKey(record);

    /// <summary>The records resolved to <paramref name="person"/>, the person's own record first.</summary>
    public IReadOnlyList<PersonId> RecordsOf(PersonId person) =>
        [person, .. _resolved.Where(p => p.Value == person).Select(p => p.Key).Order()];
}
