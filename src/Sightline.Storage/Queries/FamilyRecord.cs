using Sightline.Core.Resolution;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;

namespace Sightline.Storage.Queries;

/// <summary>A family network's case history with each event's source beside it.</summary>
/// <param name="Network">Every record in the family network, by id (several may be one resolved person).</param>
/// <param name="History">What the protocol engine folds.</param>
/// <param name="Sources">The source of each event of <see cref="CaseHistory.Events"/>, in the same order.</param>
/// <param name="KnownSince">The day the first of the family's persons was stored, when recorded.</param>
public sealed record FamilyRecord(IReadOnlyList<PersonId> Network, CaseHistory History, IReadOnlyList<EventSource> Sources, DateOnly? KnownSince)
{
    /// <summary>
    /// Which person each record of the network is: <see cref="History"/> is already read against
    /// it, so a record id must be resolved before it is looked up in the folded state.
    /// </summary>
    public ResolvedPersons Resolved { get; init; } = ResolvedPersons.None;

    /// <summary>The records of the network resolved as the same person as <paramref name="record"/>, that record included.</summary>
    public IReadOnlyList<PersonId> RecordsOf(PersonId record) => RecordsOf(Network, Resolved, record);

    /// <summary>The records of <paramref name="network"/> that <paramref name="resolved"/> makes one person with <paramref name="record"/>, that record included.</summary>
    internal static IReadOnlyList<PersonId> RecordsOf(IEnumerable<PersonId> network, ResolvedPersons resolved, PersonId record)
    {
        var person = resolved.Resolve(record);
        return [.. network.Where(r => resolved.Resolve(r) == person).Append(record).Distinct()];
    }

    /// <summary>The family's stable key: the first of its members' ids in ordinal order.</summary>
    public string FamilyKey => Network.Select(p => p.Value).Min(StringComparer.Ordinal) ?? "";
}
