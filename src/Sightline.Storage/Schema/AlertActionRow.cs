namespace Sightline.Storage.Schema;

/// <summary>An agency's response to an alert (acknowledged, or an action taken with a note); never changed once stored.</summary>
internal sealed class AlertActionRow
{
    public long Id { get; set; }

    public long AlertId { get; set; }

    public required string AgencyId { get; set; }

    public required string UserName { get; set; }

    public Protocols.AlertActionKind Kind { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset At { get; set; }
}
