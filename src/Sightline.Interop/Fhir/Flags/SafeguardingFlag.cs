using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Interop.Fhir.Flags;

/// <summary>
/// One plan to write as a FHIR <c>Flag</c> about a patient: the patient's own plan, or that of
/// someone in their household (a sibling, or a pregnant mother's unborn baby).
/// </summary>
/// <param name="Key">A stable key for the flag (e.g. the record, the holder, the plan and its start), from which the resource id is made.</param>
/// <param name="Subject">The patient's NHS number.</param>
/// <param name="SubjectName">The patient's name, when recorded.</param>
/// <param name="Plan">The plan's type.</param>
/// <param name="Category">Its category, where recorded.</param>
/// <param name="Started">The day it started.</param>
/// <param name="Ended">The day it ended; null while active.</param>
/// <param name="HolderName">Whose plan it is, when it is a household member's; null for the patient's own.</param>
/// <param name="Area">The responsible area and its contact.</param>
public sealed record SafeguardingFlag(
    string Key,
    NhsNumber Subject,
    string? SubjectName,
    PlanType Plan,
    PlanCategory? Category,
    DateOnly Started,
    DateOnly? Ended,
    string? HolderName,
    ResponsibleArea Area)
{
    /// <summary>True when the plan is a household member's rather than the patient's own.</summary>
    public bool IsHouseholdMembers => HolderName is not null;
}
