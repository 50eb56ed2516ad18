using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Web.Tests;

/// <summary>
/// The Hart family in Northmoor: a baby on a child protection plan with a bruise seen by the health
/// visitor, her parents at home, a father whose violent offending only probation knows, and a
/// grandmother who lives elsewhere. Ids carry dots, as stored ids do.
/// </summary>
public static class HartFamily
{
    public static readonly AgencyId Hv = new("web.northmoor-hv");
    public static readonly AgencyId Csc = new("web.northmoor-csc");
    public static readonly AgencyId Probation = new("web.northmoor-probation");
    public static readonly PersonId Mother = new("web.hart.mother");
    public static readonly PersonId Father = new("web.hart.father");
    public static readonly PersonId Baby = new("web.hart.ruby");
    public static readonly PersonId Grandmother = new("web.hart.grandmother");

    public const string BabyNhsNumber = "943 476 5927";

    public const string BabyPostcode = "NM1 4AB";

    /// <summary>A note with markup in it: the pages must show it as text.</summary>
    public const string MarkupNote = "Mother said <script>alert('x')</script> & left";

    public static IntakeBatch Batch() => new()
    {
        Agencies =
        [
            new Agency(Hv, "Northmoor Health Visiting", AgencyKind.HealthVisiting, "Northmoor"),
            new Agency(Csc, "Northmoor Children's Social Care", AgencyKind.ChildrensSocialCare, "Northmoor"),
            new Agency(Probation, "Northmoor Probation", AgencyKind.Probation, "Northmoor"),
        ],
        Persons =
        [
            new Person { Id = Mother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1997, 3, 14), Name = "Amy Hart", NhsNumber = NhsNumber.Parse("401 023 2137"), LocalAuthority = "Northmoor" },
            new Person
            {
                Id = Father, Role = PersonRole.Father, Sex = Sex.Male, Born = new(1994, 7, 2), Name = "Dean Hart", LocalAuthority = "Northmoor",
                History = [new HistoryFact(HistoryFactKind.ViolentOffending, [Probation])],
            },
            new Person { Id = Baby, Role = PersonRole.Child, Sex = Sex.Female, Born = new(2026, 9, 1), Name = "Ruby Hart", NhsNumber = NhsNumber.Parse(BabyNhsNumber), LocalAuthority = "Northmoor", Postcode = UkPostcode.Parse(BabyPostcode) },
            new Person { Id = Grandmother, Role = PersonRole.Grandparent, Sex = Sex.Female, Born = new(1970, 1, 20), Name = "Joan Hart", LocalAuthority = "Eastbrook" },
        ],
        Relationships =
        [
            new Relationship(Mother, Baby, RelationshipType.Parent),
            new Relationship(Father, Baby, RelationshipType.Parent),
            new Relationship(Mother, Father, RelationshipType.Partner),
            new Relationship(Grandmother, Mother, RelationshipType.Parent),
        ],
        Households = [new Household([Mother, Father, Baby]), new Household([Grandmother])],
        Events =
        [
            Sourced(Csc, "csc-1", new PlanStarted { Date = new(2026, 10, 5), Agency = Csc, Subjects = [Baby], Plan = PlanType.ChildProtection, Category = PlanCategory.Neglect, LocalAuthority = "Northmoor" }),
            Sourced(Hv, "hv-1", new Contact { Date = new(2026, 10, 20), Agency = Hv, Subjects = [Baby, Mother], Mode = ContactMode.HomeVisit, ChildSeen = true, Note = MarkupNote }),
            Sourced(Hv, "hv-2", new Injury { Date = new(2026, 11, 2), Agency = Hv, Subjects = [Baby], Type = InjuryType.Bruise, Site = "cheek", Explanation = "rolled against the cot", Note = "Seen at the 8-week visit." }),
        ],
    };

    private static SourcedEvent Sourced(AgencyId agency, string id, CaseEvent e) => new(new EventSource(agency, id), e);
}
