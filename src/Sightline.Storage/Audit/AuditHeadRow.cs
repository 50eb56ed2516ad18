namespace Sightline.Storage.Audit;

/// <summary>
/// The one row of <c>audit_chain_head</c>: the last entry's sequence and hash. Appends lock it, so
/// two appends cannot chain from the same entry; verification compares the log's end with it, so
/// entries deleted from the end of the log are found as well as those deleted from the middle.
/// </summary>
internal sealed class AuditHeadRow
{
    public int Id { get; set; }

    public long LastSequence { get; set; }

    public required string LastHash { get; set; }
}
