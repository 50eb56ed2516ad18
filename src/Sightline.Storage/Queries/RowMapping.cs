using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Storage.Intake;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Queries;

/// <summary>Turns stored rows back into domain records.</summary>
internal static class RowMapping
{
    public static Agency ToAgency(AgencyRow row) =>
        new(new AgencyId(row.Id), row.Name, row.Kind, row.LocalAuthority) { Contact = ToContact(row) };

    /// <summary>The agency's contact details, or null when none is stored.</summary>
    public static AgencyContact? ToContact(AgencyRow row) =>
        row.Phone is null && row.Email is null && row.OutOfHoursPhone is null
            ? null
            : new AgencyContact(row.Phone, row.Email, row.OutOfHoursPhone);

    public static Person ToPerson(PersonRow row) => new()
    {
        Id = new PersonId(row.Id),
        Role = row.Role,
        Sex = row.Sex,
        Born = row.Born,
        Due = row.Due,
        NhsNumber = row.NhsNumber is null ? null : NhsNumber.Parse(row.NhsNumber),
        Name = row.Name,
        History = row.History
            .OrderBy(f => f.Fact)
            .Select(f => new HistoryFact(f.Fact, PersonMerge.ReadKnownTo(f.KnownTo).Select(a => new AgencyId(a)).ToArray()))
            .ToArray(),
        Mobility = row.Mobility,
        GpRegistered = row.GpRegistered,
        LocalAuthority = row.LocalAuthority,
        Postcode = row.Postcode is null ? null : UkPostcode.Parse(row.Postcode),
    };

    public static ChildSummary ToChild(PersonRow row) => new(
        new PersonId(row.Id),
        row.Name,
        row.Role,
        row.Born,
        row.Due,
        row.LocalAuthority,
        row.NhsNumber is null ? null : NhsNumber.Parse(row.NhsNumber))
    {
        Postcode = row.Postcode is null ? null : UkPostcode.Parse(row.Postcode),
    };

    public static Relationship ToRelationship(RelationshipRow row) =>
        new(new PersonId(row.FromPersonId), new PersonId(row.ToPersonId), row.Type);

    public static Household ToHousehold(HouseholdRow row) =>
        new(row.Members.OrderBy(m => m.Position).Select(m => new PersonId(m.PersonId)).ToArray());

    public static StoredEvent ToStoredEvent(EventRow row) => new(
        row.Sequence,
        new EventSource(new AgencyId(row.SourceAgencyId), row.SourceId),
        EventJson.Deserialize(row.Payload),
        row.RecordedAt);
}
