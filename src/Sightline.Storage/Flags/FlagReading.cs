using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Queries;

namespace Sightline.Storage.Flags;

/// <summary>
/// Everything a flag check reads about the records it found: the records themselves, the agencies'
/// records linked to them, the flagging plans of them and their households, the latest
/// unscheduled-care attendances, and the children's social care of the areas holding the plans.
/// Each list is what the matching single read of <see cref="FlagRecords"/> or
/// <see cref="SightlineStore"/> returns, in the same order.
/// </summary>
/// <param name="Found">The records found, by id, with their history facts (as <see cref="SightlineStore.FindPersonsByNhsNumberAsync"/>).</param>
/// <param name="Clusters">The persons they are, with every linked record (as <see cref="SightlineStore.ResolveRecordsAsync"/>).</param>
/// <param name="Flags">The plans of every record and its household (as <see cref="FlagRecords.FlagsAsync"/>).</param>
/// <param name="Attendances">The latest attendances on every record, at most so many per person (as <see cref="FlagRecords.AttendancesAsync"/>).</param>
/// <param name="Contacts">The children's social care of the areas holding <paramref name="Flags"/> (as <see cref="FlagRecords.ChildrensSocialCareOfAsync"/>).</param>
public sealed record FlagReading(
    IReadOnlyList<Person> Found,
    IReadOnlyList<RecordCluster> Clusters,
    IReadOnlyList<StoredFlag> Flags,
    IReadOnlyList<StoredAttendance> Attendances,
    IReadOnlyList<Agency> Contacts);
