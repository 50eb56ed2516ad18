namespace Sightline.Storage.Schema;

/// <summary>
/// Two persons an event puts in one family (an adult and the household they join, a mother and
/// her unborn child), stored in <c>event_links</c>. The family network is walked through these as
/// well as through relationships and households, without reading event payloads.
/// </summary>
internal sealed class EventLinkRow
{
    public long EventSequence { get; set; }

    public required string PersonId { get; set; }

    public required string LinkedPersonId { get; set; }
}
