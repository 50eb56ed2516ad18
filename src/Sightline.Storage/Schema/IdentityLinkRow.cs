namespace Sightline.Storage.Schema;

/// <summary>
/// A link between two agency records of one person, as stored in <c>identity_links</c>: who or
/// what made it, how, on what evidence, and — once undone — who undid it and why. Rows are
/// never deleted, so the links a family's history was read through can always be retraced.
/// </summary>
internal sealed class IdentityLinkRow
{
    public long Id { get; set; }

    public required string RecordId { get; set; }

    public required string OtherRecordId { get; set; }

    public required string Method { get; set; }

    public double Probability { get; set; }

    public required string Evidence { get; set; }

    public DateTimeOffset LinkedAt { get; set; }

    public required string LinkedBy { get; set; }

    public DateTimeOffset? UnlinkedAt { get; set; }

    public string? UnlinkedBy { get; set; }

    public string? UnlinkReason { get; set; }
}
