namespace Sightline.Storage.Schema;

/// <summary>A person an event is about, stored in <c>event_subjects</c> so a chronology is an index look-up.</summary>
internal sealed class EventSubjectRow
{
    public long EventSequence { get; set; }

    public required string PersonId { get; set; }
}
