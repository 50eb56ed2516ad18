namespace Sightline.Storage.Schema;

/// <summary>An agency an alert notifies: the index behind an agency's alert list.</summary>
internal sealed class AlertRecipientRow
{
    public long AlertId { get; set; }

    public required string AgencyId { get; set; }
}
