using Sightline.Core.Cases;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Queries;
using Sightline.Web.Presentation;

namespace Sightline.Web.Chronology;

/// <summary>Reads a child's chronology alone, for the exports: the family's history folded, without the rest of the child's page.</summary>
internal sealed class ChronologyReader(SightlineStore store)
{
    /// <summary>The chronology of a child, born or unborn, by any of their records; null when no such child is stored.</summary>
    public Task<ChildChronology?> ReadAsync(PersonId record, CancellationToken cancellationToken) => ReadAsync(record, null, cancellationToken);

    /// <summary>
    /// The chronology of a child by any of their records, from <paramref name="family"/> when this
    /// request has loaded the child's family record already (<see cref="Access.OpenedFamily"/>).
    /// </summary>
    public async Task<ChildChronology?> ReadAsync(PersonId record, FamilyRecord? family, CancellationToken cancellationToken)
    {
        family = family is not null && family.Network.Contains(record) ? family : await store.LoadFamilyRecordAsync(record, cancellationToken);
        if (family is null)
        {
            return null;
        }
        var id = family.Resolved.Resolve(record);
        var state = new CaseState(family.History);
        foreach (var e in family.History.Events)
        {
            state.Apply(e);
        }
        if (!state.IsChild(id))
        {
            return null;
        }
        var names = CaseNames.Of(state);
        return new ChildChronology(id, names.Person(id), state.PersonOf(id).NhsNumber?.Formatted, state.BornOn(id), ChronologyLines.Of(state, names));
    }
}
