namespace Sightline.Storage.Schema;

/// <summary>
/// A pair of records the model could not settle, as stored in <c>identity_reviews</c>: open
/// until a practitioner links them or keeps them apart. A decided pair is never raised again.
/// </summary>
internal sealed class IdentityReviewRow
{
    public long Id { get; set; }

    public required string RecordId { get; set; }

    public required string OtherRecordId { get; set; }

    public double Probability { get; set; }

    public required string Evidence { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public string? Outcome { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }
}
