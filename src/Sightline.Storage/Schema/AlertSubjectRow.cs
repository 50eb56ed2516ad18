namespace Sightline.Storage.Schema;

/// <summary>A person an alert is about: the index behind a child's open alerts.</summary>
internal sealed class AlertSubjectRow
{
    public long AlertId { get; set; }

    public required string PersonId { get; set; }
}
