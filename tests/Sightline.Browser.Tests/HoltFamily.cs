using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Browser.Tests;

/// <summary>
/// For the flag check, in Fenwick (kept apart from the Lanes' Millbrook, whose tests count what
/// they see): Fenwick General's emergency department, where the nurse checks; Mia Holt, on a
/// child protection plan held by Fenwick, whose children's social care gives its phone numbers;
/// and Leo Pike, with no plan. A check of Mia records her attendance and alerts Fenwick.
/// </summary>
public static class HoltFamily
{
    public static readonly AgencyId Ed = new("browser.fenwick-ed");
    public static readonly AgencyId Csc = new("browser.fenwick-csc");
    public static readonly PersonId Child = new("browser.holt.mia");
    public static readonly PersonId Mother = new("browser.holt.mother");
    public static readonly PersonId Unflagged = new("browser.pike.leo");

    public const string ChildName = "Mia Holt";
    public const string ChildNhsNumber = "943 476 6001";
    public const string ChildPostcode = "FW2 7LP";
    public static readonly DateOnly ChildBorn = new(2021, 3, 14);
    public const string UnflaggedNhsNumber = "943 476 6028";

    /// <summary>A valid NHS number no record holds.</summary>
    public const string UnknownNhsNumber = "943 476 6036";

    public const string CscName = "Fenwick Children's Social Care";
    public const string CscPhone = "01632 961 200";
    public const string CscOutOfHours = "01632 961 999";

    public static IntakeBatch Batch() => new()
    {
        Agencies =
        [
            new Agency(Ed, "Emergency Department, Fenwick General", AgencyKind.EmergencyDepartment, "Fenwick"),
            new Agency(Csc, CscName, AgencyKind.ChildrensSocialCare, "Fenwick") { Contact = new AgencyContact(CscPhone, "front.door@fenwick.example", CscOutOfHours) },
        ],
        Persons =
        [
            new Person { Id = Mother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(1996, 8, 1), Name = "Gemma Holt", LocalAuthority = "Fenwick", Postcode = UkPostcode.Parse(ChildPostcode) },
            new Person { Id = Child, Role = PersonRole.Child, Sex = Sex.Female, Born = ChildBorn, Name = ChildName, NhsNumber = NhsNumber.Parse(ChildNhsNumber), LocalAuthority = "Fenwick", Postcode = UkPostcode.Parse(ChildPostcode) },
            new Person { Id = Unflagged, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2020, 1, 5), Name = "Leo Pike", NhsNumber = NhsNumber.Parse(UnflaggedNhsNumber), LocalAuthority = "Fenwick" },
        ],
        Relationships = [new Relationship(Mother, Child, RelationshipType.Parent)],
        Households = [new Household([Mother, Child]), new Household([Unflagged])],
        Events =
        [
            new SourcedEvent(new EventSource(Csc, "csc-1"), new PlanStarted { Date = new(2026, 9, 1), Agency = Csc, Subjects = [Child], Plan = PlanType.ChildProtection, Category = PlanCategory.Neglect, LocalAuthority = "Fenwick" }),
            new SourcedEvent(new EventSource(Ed, "ed-1"), new Attendance { Date = new(2026, 10, 20), Agency = Ed, Subjects = [Child], Setting = CareSetting.EmergencyDepartment, Reason = "burn to the forearm" }),
        ],
    };
}
