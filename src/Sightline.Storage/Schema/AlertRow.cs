namespace Sightline.Storage.Schema;

/// <summary>An alert raised by the live protocols; never changed once stored (acknowledgement comes later as its own record).</summary>
internal sealed class AlertRow
{
    public long Id { get; set; }

    public required string Rule { get; set; }

    public required string Key { get; set; }

    public DateOnly RaisedOn { get; set; }

    public DateOnly? Due { get; set; }

    public required string Message { get; set; }

    /// <summary>Subjects in the alert's order, as a JSON array; <see cref="Subjects"/> indexes them.</summary>
    public required string SubjectIds { get; set; }

    /// <summary>Agencies told, in the alert's order, as a JSON array; <see cref="Recipients"/> indexes them.</summary>
    public required string NotifyIds { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public List<AlertSubjectRow> Subjects { get; set; } = [];

    public List<AlertRecipientRow> Recipients { get; set; } = [];
}
