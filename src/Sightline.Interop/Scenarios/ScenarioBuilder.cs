using System.Globalization;
using System.Text.Json;
using Sightline.Core.Agencies;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using static Sightline.Interop.Checking.ValidJson;

namespace Sightline.Interop.Scenarios;

/// <summary>Builds a <see cref="Scenario"/> from a document that <see cref="ScenarioChecker"/> has passed.</summary>
internal static class ScenarioBuilder
{
    public static Scenario Build(JsonElement root)
    {
        var start = DateOnly.ParseExact(Text(root, "start"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var relationships = List(root, "relationships").ToList();
        var history = new CaseHistory(
            [.. List(root, "agencies").Select(AgencyOf)],
            [.. List(root, "persons").Select(p => PersonOf(p, start))],
            [.. relationships.Where(r => !r.TryGetProperty("household", out _)).Select(RelationshipOf)],
            [.. relationships.Where(r => r.TryGetProperty("household", out _)).Select(HouseholdOf)],
            [.. List(root, "events").Select(e => EventBuilder.Build(e, start))]);
        return new Scenario(
            Text(root, "id"),
            Text(root, "title"),
            Text(root, "source"),
            start,
            history,
            [.. List(root, "expected").Select(ExpectedOf)],
            [.. List(root, "forbidden").Select(ForbiddenOf)]);
    }

    private static Agency AgencyOf(JsonElement agency) => new(
        new AgencyId(Text(agency, "id")),
        Text(agency, "name"),
        Vocabulary<AgencyKind>(agency, "kind"),
        Text(agency, "localAuthority"));

    private static Person PersonOf(JsonElement person, DateOnly start) => new()
    {
        Id = new PersonId(Text(person, "id")),
        Role = Vocabulary<PersonRole>(person, "role"),
        Sex = Vocabulary<Sex>(person, "sex"),
        Born = OptionalDay(person, "born") is { } born ? start.AddDays(born) : null,
        Due = OptionalDay(person, "due") is { } due ? start.AddDays(due) : null,
        NhsNumber = OptionalText(person, "nhsNumber") is { } number ? NhsNumber.Parse(number) : null,
        Name = OptionalText(person, "name"),
        History = [.. List(person, "history").Select(FactOf)],
        Mobility = OptionalVocabulary<Mobility>(person, "mobility"),
        // FORMAT.md: a child born before day 0 is registered with a GP unless the file says not.
        GpRegistered = !person.TryGetProperty("gpRegistered", out var registered) || registered.GetBoolean(),
        LocalAuthority = OptionalText(person, "localAuthority"),
    };

    private static HistoryFact FactOf(JsonElement fact) => new(
        Vocabulary<HistoryFactKind>(fact, "fact"),
        [.. Texts(fact, "knownTo").Select(id => new AgencyId(id))]);

    private static Relationship RelationshipOf(JsonElement relationship) => new(
        new PersonId(Text(relationship, "from")),
        new PersonId(Text(relationship, "to")),
        Vocabulary<RelationshipType>(relationship, "type"));

    private static Household HouseholdOf(JsonElement household) =>
        new([.. Texts(household, "household").Select(id => new PersonId(id))]);

    private static ExpectedAlert ExpectedOf(JsonElement alert) => new(
        Text(alert, "rule"),
        new PersonId(Text(alert, "subject")),
        Day(alert, "day"),
        OptionalDay(alert, "from"),
        Vocabularies<AgencyKind>(alert, "notify"));

    private static ForbiddenAlert ForbiddenOf(JsonElement alert) => new(
        Text(alert, "rule"),
        new PersonId(Text(alert, "subject")));
}
