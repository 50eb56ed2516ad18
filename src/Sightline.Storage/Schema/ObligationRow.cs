namespace Sightline.Storage.Schema;

/// <summary>
/// An obligation open at the end of the family's last run. The rows of a family are replaced at
/// each run: the event log is the truth, and these are what the scheduler and the pages read.
/// </summary>
internal sealed class ObligationRow
{
    public required string Rule { get; set; }

    public required string Key { get; set; }

    public required string FamilyKey { get; set; }

    public required string SubjectIds { get; set; }

    public DateOnly OpenedOn { get; set; }

    public DateOnly DueOn { get; set; }
}
