using Sightline.Core.Persons;
using Sightline.Storage.Flags;

namespace Sightline.Web.FlagChecks;

/// <summary>
/// One record a flag check found and what it shows of it: the flagging plans of the person and of
/// their household, the areas holding them with whom to call, and the person's latest
/// unscheduled-care attendances. A check by NHS number finds several records of one child while
/// agencies' records of the child are not yet linked.
/// </summary>
/// <param name="Person">The record found.</param>
/// <param name="Match">How it was found.</param>
/// <param name="Flags">Flagging plans, active ones first.</param>
/// <param name="Areas">The areas holding them, with their children's social care.</param>
/// <param name="Attendances">The latest unscheduled-care attendances, newest first (at most <see cref="FlagCheck.AttendancesShown"/>).</param>
internal sealed record CheckedRecord(
    Person Person,
    FlagCheckMatch Match,
    IReadOnlyList<StoredFlag> Flags,
    IReadOnlyList<AreaContacts> Areas,
    IReadOnlyList<StoredAttendance> Attendances)
{
    /// <summary>True when the record shows at least one flag.</summary>
    public bool IsFlagged => Flags.Count > 0;
}
