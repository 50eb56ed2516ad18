using Sightline.Core.Persons;
using Sightline.Storage.Queries;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Resolution;

/// <summary>
/// The candidates found for a round of resolution, indexed by the keys they were found by (NHS
/// number, date of birth, postcode, surname key), so that each arriving record is compared only
/// with those sharing a key with it instead of scanning them all. Candidates come back in the
/// order they were read: the model weighs rare values by how often they occur among the records
/// compared, so the set and its order are what a scan would have given.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly List<PersonRow> _rows;
    private readonly Person?[] _persons;
    private readonly Dictionary<string, List<int>> _byNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, List<int>> _byBirth = [];
    private readonly Dictionary<string, List<int>> _byPostcode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySurname = new(StringComparer.Ordinal);

    public CandidateIndex(List<PersonRow> rows)
    {
        _rows = rows;
        _persons = new Person?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Add(_byNumber, row.NhsNumber, i);
            if (row.Born is { } born)
            {
                Add(_byBirth, born, i);
            }
            Add(_byPostcode, row.Postcode, i);
            Add(_bySurname, row.SurnameKey, i);
        }
    }

    /// <summary>The positions of the candidates sharing a key with <paramref name="row"/> (itself excluded), in the order read.</summary>
    public IEnumerable<int> Sharing(PersonRow row)
    {
        var found = new SortedSet<int>();
        Collect(found, _byNumber, row.NhsNumber);
        if (row.Born is { } born)
        {
            foreach (var key in RecordResolution.BirthKeys(born))
            {
                Collect(found, _byBirth, key);
            }
        }
        Collect(found, _byPostcode, row.Postcode);
        Collect(found, _bySurname, row.SurnameKey);
        foreach (var i in found)
        {
            if (!string.Equals(_rows[i].Id, row.Id, StringComparison.Ordinal))
            {
                yield return i;
            }
        }
    }

    /// <summary>The candidate at <paramref name="position"/>.</summary>
    public PersonRow RowAt(int position) => _rows[position];

    /// <summary>The candidate at <paramref name="position"/> as a person, mapped once however many arriving records it is compared with.</summary>
    public Person PersonAt(int position) => _persons[position] ??= RowMapping.ToPerson(_rows[position]);

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey? key, int position)
        where TKey : notnull
    {
        if (key is null)
        {
            return;
        }
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(position);
    }

    private static void Collect<TKey>(SortedSet<int> found, Dictionary<TKey, List<int>> index, TKey? key)
        where TKey : notnull
    {
        if (key is not null && index.TryGetValue(key, out var list))
        {
            found.UnionWith(list);
        }
    }
}
