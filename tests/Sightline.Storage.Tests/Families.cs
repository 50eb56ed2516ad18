using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Storage.Tests;

/// <summary>
/// Two unrelated families in two areas. Family A: a mother and father of a baby, the mother's own
/// mother, and a partner who joins the household by an event. Family B: a mother and child.
/// </summary>
public static class Families
{
    public static readonly DateOnly BabyBorn = new(2020, 1, 15);

    public static IReadOnlyList<Agency> Agencies { get; } =
    [
        new(new AgencyId("hv"), "Lambeth Health Visiting", AgencyKind.HealthVisiting, "Lambeth"),
        new(new AgencyId("csc"), "Lambeth Children's Social Care", AgencyKind.ChildrensSocialCare, "Lambeth"),
        new(new AgencyId("gp"), "Brixton GP Surgery", AgencyKind.Gp, "Lambeth"),
        new(new AgencyId("police"), "Metropolitan Police", AgencyKind.Police, "Lambeth"),
        new(new AgencyId("b-hv"), "Croydon Health Visiting", AgencyKind.HealthVisiting, "Croydon"),
    ];

    public static NhsNumber MotherNhs { get; } = NhsNumber.Parse("9434765919");

    public static NhsNumber BabyNhs { get; } = NhsNumber.Parse("9434765927");

    public static NhsNumber OtherChildNhs { get; } = NhsNumber.Parse("4857773457");

    public static IntakeBatch Both() => new()
    {
        Agencies = Agencies,
        Persons =
        [
            new Person
            {
                Id = Id("a-mother"), Role = PersonRole.Mother, Sex = Sex.Female, Born = new DateOnly(1995, 4, 2),
                NhsNumber = MotherNhs, Name = "Amy Able", LocalAuthority = "Lambeth",
                History = [new HistoryFact(HistoryFactKind.MentalHealth, [new AgencyId("gp")])],
            },
            new Person
            {
                Id = Id("a-father"), Role = PersonRole.Father, Sex = Sex.Male, LocalAuthority = "Lambeth",
                History = [new HistoryFact(HistoryFactKind.ViolentOffending, [new AgencyId("police")])],
            },
            new Person
            {
                Id = Id("a-baby"), Role = PersonRole.Child, Sex = Sex.Male, Born = BabyBorn, NhsNumber = BabyNhs,
                Name = "Alfie Able", LocalAuthority = "Lambeth", Mobility = Mobility.NonMobile,
            },
            new Person { Id = Id("a-grandmother"), Role = PersonRole.Grandparent, Sex = Sex.Female, LocalAuthority = "Lambeth" },
            new Person { Id = Id("a-partner"), Role = PersonRole.Partner, Sex = Sex.Male },
            new Person { Id = Id("b-mother"), Role = PersonRole.Mother, Sex = Sex.Female, LocalAuthority = "Croydon" },
            new Person
            {
                Id = Id("b-child"), Role = PersonRole.Child, Sex = Sex.Female, Born = new DateOnly(2019, 6, 1),
                NhsNumber = OtherChildNhs, Name = "Bea Brown", LocalAuthority = "Croydon", GpRegistered = false,
            },
        ],
        Relationships =
        [
            new Relationship(Id("a-mother"), Id("a-baby"), RelationshipType.Parent),
            new Relationship(Id("a-father"), Id("a-baby"), RelationshipType.Parent),
            new Relationship(Id("a-grandmother"), Id("a-mother"), RelationshipType.Parent),
            new Relationship(Id("b-mother"), Id("b-child"), RelationshipType.Parent),
        ],
        Households =
        [
            new Household([Id("a-mother"), Id("a-baby")]),
            new Household([Id("b-mother"), Id("b-child")]),
        ],
        Events =
        [
            Sourced("hv", "hv-1", new Contact { Date = new(2020, 1, 20), Agency = new("hv"), Subjects = Ids("a-baby", "a-mother"), Mode = ContactMode.HomeVisit, ChildSeen = true }),
            Sourced("b-hv", "bhv-1", new Contact { Date = new(2020, 1, 22), Agency = new("b-hv"), Subjects = Ids("b-child"), Mode = ContactMode.Clinic, ChildSeen = true }),
            Sourced("gp", "gp-1", new Appointment { Date = new(2020, 2, 1), Agency = new("gp"), Subjects = Ids("a-baby"), Service = "6-8 week check", Outcome = AppointmentOutcome.Attended }),
            Sourced("police", "pol-1", new PoliceIncident { Date = new(2020, 2, 10), Agency = new("police"), Subjects = Ids("a-father"), Type = PoliceIncidentType.DomesticAbuse }),
            Sourced("hv", "hv-2", new JoinedHousehold { Date = new(2020, 3, 1), Agency = new("hv"), Subjects = Ids("a-partner"), Household = Id("a-mother"), Note = "Mother's new partner has moved in." }),
        ],
    };

    public static PersonId Id(string id) => new(id);

    public static IReadOnlyList<PersonId> Ids(params string[] ids) => ids.Select(Id).ToArray();

    public static SourcedEvent Sourced(string agency, string sourceId, CaseEvent caseEvent) =>
        new(new EventSource(new AgencyId(agency), sourceId), caseEvent);

    public static SourcedEvent Seen(string sourceId, DateOnly date, string note) =>
        Sourced("hv", sourceId, new Contact { Date = date, Agency = new("hv"), Subjects = Ids("a-baby"), Mode = ContactMode.HomeVisit, ChildSeen = true, Note = note });
}
