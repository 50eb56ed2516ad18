namespace Sightline.Storage.Schema;

/// <summary>
/// For each person, the family network they were last run in and the last day closed. The
/// scheduler reruns families whose last closed day is behind the calendar, so a restart loses nothing.
/// </summary>
internal sealed class CaseRunRow
{
    public required string PersonId { get; set; }

    public required string FamilyKey { get; set; }

    public DateOnly ClosedThrough { get; set; }

    public DateTimeOffset RunAt { get; set; }
}
