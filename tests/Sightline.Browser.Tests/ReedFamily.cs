using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Browser.Tests;

/// <summary>
/// The Reed family in Millbrook, for recording an event: a five-week-old baby, not yet mobile, whom
/// the health visitor has seen once, with no injury and no alert until the browser records one.
/// Kept apart from the Lanes so that recording here changes nothing the other tests look at.
/// </summary>
public static class ReedFamily
{
    public static readonly PersonId Mother = new("browser.reed.mother");
    public static readonly PersonId Baby = new("browser.reed.alfie");

    public const string BabyName = "Alfie Reed";

    public static IntakeBatch Batch() => new()
    {
        Persons =
        [
            new Person { Id = Mother, Role = PersonRole.Mother, Sex = Sex.Female, Born = new(2001, 2, 11), Name = "Jade Reed", LocalAuthority = "Millbrook" },
            new Person { Id = Baby, Role = PersonRole.Child, Sex = Sex.Male, Born = new(2026, 10, 19), Name = BabyName, LocalAuthority = "Millbrook", Mobility = Mobility.NonMobile },
        ],
        Relationships = [new Relationship(Mother, Baby, RelationshipType.Parent)],
        Households = [new Household([Mother, Baby])],
        Events =
        [
            new SourcedEvent(
                new EventSource(LaneFamily.Hv, "hv-reed-1"),
                new Contact { Date = new(2026, 11, 2), Agency = LaneFamily.Hv, Subjects = [Baby, Mother], Mode = ContactMode.HomeVisit, ChildSeen = true, Note = "New birth visit." }),
        ],
    };
}
