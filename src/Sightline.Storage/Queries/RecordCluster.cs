using Sightline.Core.Persons;

namespace Sightline.Storage.Queries;

/// <summary>A person as identity resolution has them: the record that names the person, and every agency's record of them.</summary>
/// <param name="Person">The record that names the person (the record itself while it is linked to no other).</param>
/// <param name="Records">Every record of the person, <paramref name="Person"/> included, by id.</param>
public sealed record RecordCluster(PersonId Person, IReadOnlyList<PersonId> Records);
