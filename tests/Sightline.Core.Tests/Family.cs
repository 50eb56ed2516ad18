using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Core.Tests;

/// <summary>
/// A small family in two areas for engine tests: mother, father and a baby born on day 0 at home
/// in Northmoor, with every agency kind the tests need in Northmoor and Eastbrook. Day 0 is Monday 1 March 2021.
/// </summary>
internal sealed class Family
{
    public static readonly DateOnly Start = new(2021, 3, 1);
    public static readonly PersonId Mother = new("mother");
    public static readonly PersonId Father = new("father");
    public static readonly PersonId Baby = new("baby");

    private readonly List<CaseEvent> events = [];

    public static AgencyId Csc { get; } = new("northmoor-csc");
    public static AgencyId Hv { get; } = new("northmoor-hv");
    public static AgencyId Gp { get; } = new("northmoor-gp");
    public static AgencyId Police { get; } = new("northmoor-police");
    public static AgencyId Housing { get; } = new("northmoor-housing");
    public static AgencyId Probation { get; } = new("northmoor-probation");
    public static AgencyId EastCsc { get; } = new("eastbrook-csc");
    public static AgencyId EastHv { get; } = new("eastbrook-hv");

    public IReadOnlyList<CaseEvent> Events => events;

    public List<HistoryFact> FatherHistory { get; } = [];

    public static DateOnly Day(int day) => Start.AddDays(day);

    public Family Add(CaseEvent e)
    {
        events.Add(e);
        return this;
    }

    public CaseHistory History() => new(
        [
            new Agency(Csc, "Northmoor Children's Social Care", AgencyKind.ChildrensSocialCare, "Northmoor"),
            new Agency(Hv, "Northmoor Health Visiting", AgencyKind.HealthVisiting, "Northmoor"),
            new Agency(Gp, "Northmoor Surgery", AgencyKind.Gp, "Northmoor"),
            new Agency(Police, "Northmoor Police", AgencyKind.Police, "Northmoor"),
            new Agency(Housing, "Northmoor Housing", AgencyKind.Housing, "Northmoor"),
            new Agency(Probation, "Northmoor Probation", AgencyKind.Probation, "Northmoor"),
            new Agency(EastCsc, "Eastbrook Children's Social Care", AgencyKind.ChildrensSocialCare, "Eastbrook"),
            new Agency(EastHv, "Eastbrook Health Visiting", AgencyKind.HealthVisiting, "Eastbrook"),
        ],
        [
            new Person { Id = Mother, Role = PersonRole.Mother, Sex = Sex.Female, Born = Day(-9000), LocalAuthority = "Northmoor" },
            new Person { Id = Father, Role = PersonRole.Father, Sex = Sex.Male, Born = Day(-9500), LocalAuthority = "Northmoor", History = FatherHistory },
            new Person { Id = Baby, Role = PersonRole.Child, Sex = Sex.Female, Born = Day(0), LocalAuthority = "Northmoor" },
        ],
        [
            new Relationship(Mother, Baby, RelationshipType.Parent),
            new Relationship(Father, Baby, RelationshipType.Parent),
            new Relationship(Mother, Father, RelationshipType.Partner),
        ],
        [new Household([Mother, Father, Baby])],
        events);

    public static Injury Bruise(int day, AgencyId by) => new()
    {
        Date = Day(day), Agency = by, Subjects = [Baby], Type = InjuryType.Bruise, Site = "cheek", Explanation = "fell against the cot",
    };

    public static PlanStarted ProtectionPlan(int day, string area = "Northmoor") => new()
    {
        Date = Day(day), Agency = Csc, Subjects = [Baby], Plan = PlanType.ChildProtection, Category = PlanCategory.Neglect, LocalAuthority = area,
    };

    public static Moved MoveEast(int day, Housing housing = Core.Events.Housing.Permanent, AgencyId? arrangedBy = null) => new()
    {
        Date = Day(day), Agency = Housing, Subjects = [Mother, Father, Baby], LocalAuthority = "Eastbrook", Housing = housing, ArrangedBy = arrangedBy,
    };

    public static Contact SeenBySocialWorker(int day, AgencyId? by = null) => new()
    {
        Date = Day(day), Agency = by ?? Csc, Subjects = [Baby], Mode = ContactMode.HomeVisit, ChildSeen = true,
    };
}
