using Sightline.Core.Persons;

namespace Sightline.Storage.Schema;

/// <summary>
/// One fact in a person's history, keyed by person and fact, with the agencies that hold it as a
/// JSON array of agency ids: the list is only ever read whole with its person, so a child table
/// per agency would buy nothing.
/// </summary>
internal sealed class HistoryFactRow
{
    public required string PersonId { get; set; }

    public HistoryFactKind Fact { get; set; }

    public required string KnownTo { get; set; }
}
