using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;

namespace Sightline.Storage.Queries;

/// <summary>A family network's case history with each event's source beside it.</summary>
/// <param name="Network">Everyone in the family network, by id.</param>
/// <param name="History">What the protocol engine folds.</param>
/// <param name="Sources">The source of each event of <see cref="CaseHistory.Events"/>, in the same order.</param>
/// <param name="KnownSince">The day the first of the family's persons was stored, when recorded.</param>
public sealed record FamilyRecord(IReadOnlyList<PersonId> Network, CaseHistory History, IReadOnlyList<EventSource> Sources, DateOnly? KnownSince)
{
    /// <summary>The family's stable key: the first of its members' ids in ordinal order.</summary>
    public string FamilyKey => Network.Select(p => p.Value).Min(StringComparer.Ordinal) ?? "";
}
