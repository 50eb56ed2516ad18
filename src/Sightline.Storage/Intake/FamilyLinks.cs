using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Storage.Intake;

/// <summary>
/// The persons an event puts in one family beyond its subjects: an adult who joins a household
/// and that household's member, a mother and the unborn child of her pregnancy.
/// </summary>
internal static class FamilyLinks
{
    public static IEnumerable<(PersonId Person, PersonId Linked)> Of(CaseEvent caseEvent) =>
        caseEvent switch
        {
            JoinedHousehold joined => caseEvent.Subjects.Select(s => (s, joined.Household)),
            Pregnancy pregnancy => caseEvent.Subjects.Select(s => (s, pregnancy.Unborn)),
            _ => [],
        };
}
