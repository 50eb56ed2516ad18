using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Storage.Tests;

/// <summary>
/// Two families for the access tests, on the clock's day of Monday 2 November 2026.
/// The Ash family (Northmoor): health visiting sees a bruise on the non-mobile baby, which raises
/// an alert to Northmoor's children's social care, otherwise uninvolved. The Birch family: a child
/// on a Northmoor child-protection plan whose father comes to police notice; the family moves to
/// Eastbrook, and a transfer-in conference, as Northmoor records it, passes the plan to Eastbrook,
/// whose children's social care has recorded nothing itself. The Cedar family, for identity
/// resolution: health visiting's record of a baby and the surgery's own record of her, linked by
/// her NHS number.
/// </summary>
public static class AccessFamilies
{
    public static readonly AgencyId NorthHv = new("north.hv");
    public static readonly AgencyId NorthCsc = new("north.csc");
    public static readonly AgencyId NorthPolice = new("north.police");
    public static readonly AgencyId EastCsc = new("east.csc");
    public static readonly AgencyId EastGp = new("east.gp");

    public static readonly PersonId AshMother = new("ash.mother");
    public static readonly PersonId AshBaby = new("ash.baby");
    public static readonly PersonId AshGrandmother = new("ash.grandmother");
    public static readonly PersonId BirchMother = new("birch.mother");
    public static readonly PersonId BirchFather = new("birch.father");
    public static readonly PersonId BirchChild = new("birch.child");

    public static readonly PersonId CedarMother = new("cedar.mother");
    public static readonly PersonId CedarBaby = new("cedar.baby");
    public static readonly PersonId CedarBabyAtTheSurgery = new("east.gp.cedar-baby");

    public static IReadOnlyList<Agency> Agencies { get; } =
    [
        new(NorthHv, "Northmoor Health Visiting", AgencyKind.HealthVisiting, "Northmoor"),
        new(NorthCsc, "Northmoor Children's Social Care", AgencyKind.ChildrensSocialCare, "Northmoor"),
        new(NorthPolice, "Northmoor Police", AgencyKind.Police, "Northmoor"),
        new(EastCsc, "Eastbrook Children's Social Care", AgencyKind.ChildrensSocialCare, "Eastbrook"),
        new(EastGp, "Eastbrook Surgery", AgencyKind.Gp, "Eastbrook"),
    ];

    public static IntakeBatch Ash() => new()
    {
        Agencies = Agencies,
        Persons =
        [
            new Person { Id = AshMother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1998, 5, 1), LocalAuthority = "Northmoor" },
            new Person { Id = AshBaby, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2026, 9, 20), Name = "Alfie Ash", LocalAuthority = "Northmoor" },
            new Person { Id = AshGrandmother, Role = PersonRole.Grandparent, Sex = Sex.Female, LocalAuthority = "Northmoor" },
        ],
        Relationships =
        [
            new Relationship(AshMother, AshBaby, RelationshipType.Parent),
            new Relationship(AshGrandmother, AshMother, RelationshipType.Parent),
        ],
        Households = [new Household([AshMother, AshBaby]), new Household([AshGrandmother])],
        Events =
        [
            Sourced(NorthHv, "hv-1", new Injury { Date = new(2026, 11, 2), Agency = NorthHv, Subjects = [AshBaby], Type = InjuryType.Bruise, Site = "ear" }),
        ],
    };

    public static IntakeBatch Birch() => new()
    {
        Agencies = Agencies,
        Persons =
        [
            new Person { Id = BirchMother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1994, 2, 3), LocalAuthority = "Northmoor" },
            new Person { Id = BirchFather, Role = PersonRole.Father, Sex = Sex.Male, Born = new(1990, 7, 8), LocalAuthority = "Northmoor" },
            new Person { Id = BirchChild, Role = PersonRole.Child, Sex = Sex.Female, Born = new(2022, 4, 5), LocalAuthority = "Northmoor" },
        ],
        Relationships =
        [
            new Relationship(BirchMother, BirchChild, RelationshipType.Parent),
            new Relationship(BirchFather, BirchChild, RelationshipType.Parent),
        ],
        Households = [new Household([BirchMother, BirchFather, BirchChild])],
        Events =
        [
            Sourced(NorthCsc, "csc-1", new PlanStarted
            {
                Date = new(2026, 6, 1), Agency = NorthCsc, Subjects = [BirchChild],
                Plan = PlanType.ChildProtection, Category = PlanCategory.Neglect, LocalAuthority = "Northmoor",
            }),
            Sourced(NorthPolice, "pol-1", new PoliceIncident { Date = new(2026, 7, 1), Agency = NorthPolice, Subjects = [BirchFather], Type = PoliceIncidentType.DomesticAbuse }),
            Sourced(NorthCsc, "csc-2", new Moved
            {
                Date = new(2026, 8, 3), Agency = NorthCsc, Subjects = [BirchMother, BirchFather, BirchChild],
                LocalAuthority = "Eastbrook", Housing = Housing.Permanent,
            }),
            Sourced(NorthCsc, "csc-3", new Conference
            {
                Date = new(2026, 8, 20), Agency = NorthCsc, Subjects = [BirchChild], Type = ConferenceType.TransferIn,
                LocalAuthority = "Eastbrook", Invited = [NorthCsc, EastCsc], Attended = [NorthCsc, EastCsc],
            }),
        ],
    };

    /// <summary>The Cedar family as Northmoor health visiting records it: a baby with an NHS number.</summary>
    public static IntakeBatch Cedar() => new()
    {
        Agencies = Agencies,
        Persons =
        [
            new Person { Id = CedarMother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1999, 1, 9), Name = "Cara Cedar", LocalAuthority = "Northmoor" },
            new Person { Id = CedarBaby, Role = PersonRole.Child, Sex = Sex.Female, Born = new(2026, 8, 14), Name = "Ivy Cedar", NhsNumber = NhsNumber.Parse("401 023 2153"), LocalAuthority = "Northmoor" },
        ],
        Relationships = [new Relationship(CedarMother, CedarBaby, RelationshipType.Parent)],
        Households = [new Household([CedarMother, CedarBaby])],
        Events =
        [
            Sourced(NorthHv, "hv-cedar-1", new Contact { Date = new(2026, 10, 1), Agency = NorthHv, Subjects = [CedarBaby, CedarMother], Mode = ContactMode.HomeVisit, ChildSeen = true }),
        ],
    };

    /// <summary>Eastbrook Surgery's own record of the Cedar baby, with her NHS number: identity resolution links it to health visiting's.</summary>
    public static IntakeBatch CedarAtTheSurgery() => new()
    {
        Agencies = Agencies,
        Persons =
        [
            new Person { Id = CedarBabyAtTheSurgery, Role = PersonRole.Child, Sex = Sex.Female, Born = new(2026, 8, 14), Name = "Ivy Cedar", NhsNumber = NhsNumber.Parse("401 023 2153"), LocalAuthority = "Eastbrook" },
        ],
        Events =
        [
            Sourced(EastGp, "gp-cedar-1", new Contact { Date = new(2026, 10, 20), Agency = EastGp, Subjects = [CedarBabyAtTheSurgery], Mode = ContactMode.Clinic, ChildSeen = true }),
        ],
    };

    private static SourcedEvent Sourced(AgencyId agency, string id, CaseEvent e) => new(new EventSource(agency, id), e);
}
