using System.Globalization;
using System.Text.Json;
using Sightline.Core.Agencies;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using static Sightline.Interop.Checking.ValidJson;

namespace Sightline.Interop.Intake;

/// <summary>Builds an <see cref="IntakeBatch"/> from a batch that <see cref="IntakeChecker"/> has passed.</summary>
internal static class IntakeBuilder
{
    public static IntakeBatch Build(JsonElement root, IntakeContext intake)
    {
        var sender = intake.Sender;
        var known = intake.KnownAgencies.Select(a => a.Id.Value).ToHashSet(StringComparer.Ordinal);
        var relationships = List(root, "relationships").ToList();
        return new IntakeBatch
        {
            // Agencies Sightline holds are kept as they are (the checks made sure they match).
            Agencies = [.. List(root, "agencies").Select(AgencyOf).Where(a => !known.Contains(a.Id.Value))],
            Persons = [.. List(root, "persons").Select(p => PersonOf(p, sender))],
            Relationships = [.. relationships.Where(r => !r.TryGetProperty("household", out _)).Select(r => RelationshipOf(r, sender))],
            Households = [.. relationships.Where(r => r.TryGetProperty("household", out _)).Select(h => HouseholdOf(h, sender))],
            Events = [.. List(root, "events").Select(e => IntakeEventBuilder.Build(e, sender))],
        };
    }

    public static Agency AgencyOf(JsonElement agency) => new(
        new AgencyId(Text(agency, "id")),
        Text(agency, "name"),
        Vocabulary<AgencyKind>(agency, "kind"),
        Text(agency, "localAuthority"));

    public static Person PersonOf(JsonElement person, AgencyId sender) => new()
    {
        Id = AgencyRecord.PersonId(sender, Text(person, "id")),
        Role = Vocabulary<PersonRole>(person, "role"),
        Sex = Vocabulary<Sex>(person, "sex"),
        Born = OptionalDate(person, "born"),
        Due = OptionalDate(person, "due"),
        NhsNumber = OptionalText(person, "nhsNumber") is { } number ? NhsNumber.Parse(number) : null,
        Name = OptionalText(person, "name"),
        Postcode = OptionalText(person, "postcode") is { } postcode ? UkPostcode.Parse(postcode) : null,
        History = [.. List(person, "history").Select(FactOf)],
        Mobility = OptionalVocabulary<Mobility>(person, "mobility"),
        GpRegistered = !person.TryGetProperty("gpRegistered", out var registered) || registered.GetBoolean(),
        LocalAuthority = OptionalText(person, "localAuthority"),
    };

    private static DateOnly? OptionalDate(JsonElement obj, string name) =>
        OptionalText(obj, name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static HistoryFact FactOf(JsonElement fact) => new(
        Vocabulary<HistoryFactKind>(fact, "fact"),
        [.. Texts(fact, "knownTo").Select(id => new AgencyId(id))]);

    private static Relationship RelationshipOf(JsonElement relationship, AgencyId sender) => new(
        AgencyRecord.PersonId(sender, Text(relationship, "from")),
        AgencyRecord.PersonId(sender, Text(relationship, "to")),
        Vocabulary<RelationshipType>(relationship, "type"));

    private static Household HouseholdOf(JsonElement household, AgencyId sender) =>
        new([.. Texts(household, "household").Select(id => AgencyRecord.PersonId(sender, id))]);
}
