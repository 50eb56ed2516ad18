using Sightline.Core.Persons;

namespace Sightline.Storage.Schema;

/// <summary>A person as stored in <c>persons</c>; the history facts live in <c>person_history_facts</c>.</summary>
internal sealed class PersonRow
{
    public required string Id { get; set; }

    public PersonRole Role { get; set; }

    public Sex Sex { get; set; }

    public DateOnly? Born { get; set; }

    public DateOnly? Due { get; set; }

    public string? NhsNumber { get; set; }

    public string? Name { get; set; }

    public Mobility? Mobility { get; set; }

    public bool GpRegistered { get; set; }

    public string? LocalAuthority { get; set; }

    public string? Postcode { get; set; }

    /// <summary>
    /// The English day the person was first stored: from then on their history facts are known to
    /// the system, so the live protocols close that day's checks even when no event falls on it.
    /// </summary>
    public DateOnly? KnownSince { get; set; }

    /// <summary>
    /// The record that names the resolved person this record is one of, once identity resolution
    /// has linked it to another; null while it is linked to nothing and so is a person of its own.
    /// </summary>
    public string? ResolvedId { get; set; }

    /// <summary>The sound of the surname and the year of birth, for finding candidates (<c>PersonMatchModel.SurnameKey</c>).</summary>
    public string? SurnameKey { get; set; }

    public List<HistoryFactRow> History { get; set; } = [];
}
