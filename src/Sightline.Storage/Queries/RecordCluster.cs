using Sightline.Core.Persons;

namespace Sightline.Storage.Queries;

/// <summary>A person as identity resolution has them: the record that names the person, and every agency's record of them.</summary>
/// <param name="Person">The record that names the person (the record itself while it is linked to no other).</param>
/// <param name="Records">Every record of the person, <paramref name="Person"/> included, by id.</param>
public sealed record RecordCluster(PersonId Person, IReadOnlyList<PersonId> Records)
{
    /// <summary>Records, each with the record naming its person (null while linked to none), as persons by the naming record's id.</summary>
    internal static RecordCluster[] Of(IEnumerable<(string Id, string? ResolvedId)> records) =>
        records
            .DistinctBy(r => r.Id)
            .GroupBy(r => r.ResolvedId ?? r.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RecordCluster(new PersonId(g.Key), g.Select(r => new PersonId(r.Id)).OrderBy(r => r.Value, StringComparer.Ordinal).ToArray()))
            .ToArray();
}
