using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Storage;
using Sightline.Storage.Protocols;

namespace Sightline.Web.Tests.FlagChecks;

/// <summary>
/// Children for the flag check, in Kestrelmoor and Rookby, seen from Monday 23 November 2026
/// (<see cref="MovableClock.Monday"/>): Lily on a child-protection plan with her brother Sam at
/// home (and the emergency department's own record of her, linked by her NHS number), Ella whose looked-after plan ended 267 days ago, Noah whose protection plan ended 404 days
/// ago, Oscar with no plan at all, and Ivy on a plan, kept for the test that checks her.
/// </summary>
public static class FlagFamilies
{
    public static readonly AgencyId Csc = new("flags.kestrelmoor-csc");
    public static readonly AgencyId Ed = new("flags.kestrelmoor-ed");
    public static readonly AgencyId RookbyCsc = new("flags.rookby-csc");

    public const string CscName = "Kestrelmoor Children's Social Care";
    public const string EdName = "Emergency Department, Kestrelmoor General";
    public const string CscPhone = "01632 960 010";
    public const string CscEmail = "mash@kestrelmoor.example";
    public const string CscOutOfHours = "01632 960 911";

    public static readonly PersonId Mother = new("flags.marsh.kate");
    public static readonly PersonId Lily = new("flags.marsh.lily");
    public static readonly PersonId Sam = new("flags.marsh.sam");
    public static readonly PersonId LilyAtEd = AgencyRecord.PersonId(Ed, "mrn-4471");
    public static readonly PersonId Ella = new("flags.finch.ella");
    public static readonly PersonId Noah = new("flags.wren.noah");
    public static readonly PersonId Oscar = new("flags.hale.oscar");
    public static readonly PersonId Ivy = new("flags.stone.ivy");

    public static readonly NhsNumber LilyNhs = NhsNumber.Parse("9991000003");
    public static readonly NhsNumber SamNhs = NhsNumber.Parse("9991000070");
    public static readonly NhsNumber EllaNhs = NhsNumber.Parse("9991000143");
    public static readonly NhsNumber NoahNhs = NhsNumber.Parse("9991000216");
    public static readonly NhsNumber OscarNhs = NhsNumber.Parse("9991000283");
    public static readonly NhsNumber IvyNhs = NhsNumber.Parse("9991000356");

    /// <summary>A valid NHS number nobody holds.</summary>
    public static readonly NhsNumber Unknown = NhsNumber.Parse("9991000429");

    public static readonly DateOnly LilyBorn = new(2022, 4, 12);
    public const string LilyPostcode = "KM1 2AB";

    /// <summary>Stores the flag families once per site, with the live protocols run over them, on the site's own clock.</summary>
    public static async Task StoreAsync(SiteFixture site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var store = site.Service<SightlineStore>();
        if (await store.FindPersonAsync(Ivy) is not null)
        {
            return;
        }
        var live = site.Service<LiveProtocols>();
        foreach (var batch in Batches())
        {
            await store.StoreBatchAsync(batch);
            await live.RunAfterBatchAsync(batch);
        }
    }

    public static IReadOnlyList<IntakeBatch> Batches() =>
    [
        new IntakeBatch
        {
            Agencies =
            [
                new Agency(Csc, CscName, AgencyKind.ChildrensSocialCare, "Kestrelmoor") { Contact = new AgencyContact(CscPhone, CscEmail, CscOutOfHours) },
                new Agency(Ed, EdName, AgencyKind.EmergencyDepartment, "Kestrelmoor"),
                new Agency(RookbyCsc, "Rookby Children's Social Care", AgencyKind.ChildrensSocialCare, "Rookby"),
            ],
        },
        Marsh(),
        EdRecordOfLily(),
        Alone(Ella, "Ella Finch", new(2019, 7, 7), EllaNhs, "Rookby",
            Plan(RookbyCsc, "ella-1", Ella, new(2024, 2, 1), PlanType.LookedAfter, null, "Rookby"),
            Ended(RookbyCsc, "ella-2", Ella, new(2026, 3, 1), PlanType.LookedAfter)),
        Alone(Noah, "Noah Wren", new(2018, 3, 3), NoahNhs, "Kestrelmoor",
            Plan(Csc, "noah-1", Noah, new(2024, 5, 1), PlanType.ChildProtection, PlanCategory.Emotional, "Kestrelmoor"),
            Ended(Csc, "noah-2", Noah, new(2025, 10, 15), PlanType.ChildProtection)),
        Alone(Oscar, "Oscar Hale", new(2021, 9, 9), OscarNhs, "Kestrelmoor"),
        Alone(Ivy, "Ivy Stone", new(2023, 2, 2), IvyNhs, "Kestrelmoor",
            Plan(Csc, "ivy-1", Ivy, new(2026, 9, 1), PlanType.ChildProtection, PlanCategory.Neglect, "Kestrelmoor")),
    ];

    private static IntakeBatch Marsh() => new()
    {
        Persons =
        [
            new Person { Id = Mother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1995, 1, 5), Name = "Kate Marsh", LocalAuthority = "Kestrelmoor", Postcode = UkPostcode.Parse(LilyPostcode) },
            new Person { Id = Lily, Role = PersonRole.Child, Sex = Sex.Female, Born = LilyBorn, Name = "Lily Marsh", NhsNumber = LilyNhs, LocalAuthority = "Kestrelmoor", Postcode = UkPostcode.Parse(LilyPostcode) },
            new Person { Id = Sam, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2024, 1, 20), Name = "Sam Marsh", NhsNumber = SamNhs, LocalAuthority = "Kestrelmoor", Postcode = UkPostcode.Parse(LilyPostcode) },
        ],
        Relationships = [new Relationship(Mother, Lily, RelationshipType.Parent), new Relationship(Mother, Sam, RelationshipType.Parent)],
        Households = [new Household([Mother, Lily, Sam])],
        Events =
        [
            Plan(Csc, "lily-1", Lily, new(2026, 6, 1), PlanType.ChildProtection, PlanCategory.Physical, "Kestrelmoor"),
            new SourcedEvent(new EventSource(Ed, "ed-lily-1"), new Attendance { Date = new(2026, 8, 10), Agency = Ed, Subjects = [Lily], Setting = CareSetting.EmergencyDepartment, Reason = "fall from a climbing frame" }),
            new SourcedEvent(new EventSource(Ed, "ed-lily-2"), new Attendance { Date = new(2026, 10, 2), Agency = Ed, Subjects = [Lily], Setting = CareSetting.UrgentCare, Reason = "scald to the hand" }),
        ],
    };

    /// <summary>The emergency department's own record of Lily, with her NHS number: resolution links it to her.</summary>
    private static IntakeBatch EdRecordOfLily() => new()
    {
        Persons = [new Person { Id = LilyAtEd, Role = PersonRole.Child, Sex = Sex.Female, Born = LilyBorn, Name = "Lily Marsh", NhsNumber = LilyNhs }],
        Events =
        [
            new SourcedEvent(new EventSource(Ed, "ed-lily-3"), new Attendance { Date = new(2026, 11, 1), Agency = Ed, Subjects = [LilyAtEd], Setting = CareSetting.WalkIn, Reason = "fell down the stairs" }),
        ],
    };

    private static IntakeBatch Alone(PersonId id, string name, DateOnly born, NhsNumber nhs, string area, params SourcedEvent[] events) => new()
    {
        Persons = [new Person { Id = id, Role = PersonRole.Child, Sex = Sex.Female, Born = born, Name = name, NhsNumber = nhs, LocalAuthority = area }],
        Households = [new Household([id])],
        Events = events,
    };

    private static SourcedEvent Plan(AgencyId csc, string id, PersonId child, DateOnly day, PlanType plan, PlanCategory? category, string area) =>
        new(new EventSource(csc, id), new PlanStarted { Date = day, Agency = csc, Subjects = [child], Plan = plan, Category = category, LocalAuthority = area });

    private static SourcedEvent Ended(AgencyId csc, string id, PersonId child, DateOnly day, PlanType plan) =>
        new(new EventSource(csc, id), new PlanEnded { Date = day, Agency = csc, Subjects = [child], Plan = plan, StepDownTo = StepDown.ChildInNeed, ManagerApproved = true });
}
