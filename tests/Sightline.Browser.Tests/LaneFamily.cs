using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Browser.Tests;

/// <summary>
/// The Lane family in Millbrook, for the browser: a ten-week-old baby on a child protection plan
/// with a bruise the health visitor saw (which raises <c>bruising-non-mobile</c>), her mother, the
/// mother's partner whose domestic abuse only the police know of (the unseen man), a brother who
/// lives with their grandmother, and, in another area, a child of the same surname whom Millbrook's
/// agencies may not see.
/// </summary>
public static class LaneFamily
{
    public static readonly AgencyId Hv = new("browser.millbrook-hv");
    public static readonly AgencyId Csc = new("browser.millbrook-csc");
    public static readonly AgencyId Police = new("browser.millbrook-police");
    public static readonly AgencyId Gp = new("browser.millbrook-gp");
    public static readonly AgencyId OtherCsc = new("browser.eastport-csc");
    public static readonly PersonId Mother = new("browser.lane.mother");
    public static readonly PersonId Partner = new("browser.lane.partner");
    public static readonly PersonId Baby = new("browser.lane.poppy");
    public static readonly PersonId Brother = new("browser.lane.jack");
    public static readonly PersonId Grandmother = new("browser.lane.grandmother");
    public static readonly PersonId OtherChild = new("browser.eastport.ella");

    public const string BabyName = "Poppy Lane";
    public const string BabyNhsNumber = "943 476 5927";
    public const string BabyPostcode = "MB4 2QT";
    public static readonly DateOnly BabyBorn = new(2026, 9, 14);

    public static IntakeBatch Batch() => new()
    {
        Agencies =
        [
            new Agency(Hv, "Millbrook Health Visiting", AgencyKind.HealthVisiting, "Millbrook"),
            new Agency(Csc, "Millbrook Children's Social Care", AgencyKind.ChildrensSocialCare, "Millbrook"),
            new Agency(Police, "Millbrook Police", AgencyKind.Police, "Millbrook"),
            new Agency(Gp, "Millbrook Road Surgery", AgencyKind.Gp, "Millbrook"),
        ],
        Persons =
        [
            new Person { Id = Mother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1999, 5, 2), Name = "Kerry Lane", NhsNumber = NhsNumber.Parse("943 476 5919"), LocalAuthority = "Millbrook" },
            new Person
            {
                Id = Partner, Role = PersonRole.Partner, Sex = Sex.Male, Born = new(1991, 11, 30), Name = "Wayne Ross", LocalAuthority = "Millbrook",
                History = [new HistoryFact(HistoryFactKind.DomesticAbusePerpetrator, [Police])],
            },
            new Person { Id = Baby, Role = PersonRole.Child, Sex = Sex.Female, Born = BabyBorn, Name = BabyName, NhsNumber = NhsNumber.Parse(BabyNhsNumber), LocalAuthority = "Millbrook", Postcode = UkPostcode.Parse(BabyPostcode) },
            new Person { Id = Brother, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2022, 4, 8), Name = "Jack Lane", LocalAuthority = "Millbrook" },
            new Person { Id = Grandmother, Role = PersonRole.Grandparent, Sex = Sex.Female, Born = new(1972, 2, 19), Name = "Sue Lane", LocalAuthority = "Millbrook" },
        ],
        Relationships =
        [
            new Relationship(Mother, Baby, RelationshipType.Parent),
            new Relationship(Mother, Brother, RelationshipType.Parent),
            new Relationship(Mother, Partner, RelationshipType.Partner),
            new Relationship(Grandmother, Mother, RelationshipType.Parent),
        ],
        Households = [new Household([Mother, Partner, Baby]), new Household([Grandmother, Brother])],
        Events =
        [
            Sourced(Csc, "csc-1", new PlanStarted { Date = new(2026, 10, 1), Agency = Csc, Subjects = [Baby], Plan = PlanType.ChildProtection, Category = PlanCategory.Neglect, LocalAuthority = "Millbrook" }),
            Sourced(Gp, "gp-1", new Appointment { Date = new(2026, 10, 12), Agency = Gp, Subjects = [Baby], Service = "8-week check", Outcome = AppointmentOutcome.WasNotBrought }),
            Sourced(Hv, "hv-1", new Contact { Date = new(2026, 10, 26), Agency = Hv, Subjects = [Baby, Mother], Mode = ContactMode.HomeVisit, ChildSeen = true, Note = "Mother tired; baby feeding well." }),
            Sourced(Hv, "hv-2", new Injury { Date = new(2026, 11, 18), Agency = Hv, Subjects = [Baby], Type = InjuryType.Bruise, Site = "upper arm", Explanation = "caught on the cot side", Note = "Seen at a home visit." }),
        ],
    };

    /// <summary>A child of the same surname in Eastport, whom no Millbrook agency is involved with.</summary>
    public static IntakeBatch Elsewhere() => new()
    {
        Agencies = [new Agency(OtherCsc, "Eastport Children's Social Care", AgencyKind.ChildrensSocialCare, "Eastport")],
        Persons = [new Person { Id = OtherChild, Role = PersonRole.Child, Sex = Sex.Female, Born = new(2020, 6, 1), Name = "Ella Lane", LocalAuthority = "Eastport" }],
        Households = [new Household([OtherChild])],
        Events = [Sourced(OtherCsc, "csc-1", new PlanStarted { Date = new(2026, 8, 3), Agency = OtherCsc, Subjects = [OtherChild], Plan = PlanType.ChildInNeed, LocalAuthority = "Eastport" })],
    };

    private static SourcedEvent Sourced(AgencyId agency, string id, CaseEvent e) => new(new EventSource(agency, id), e);
}
