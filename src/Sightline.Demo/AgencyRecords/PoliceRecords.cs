using System.Globalization;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;

namespace Sightline.Demo.AgencyRecords;

/// <summary>
/// The police's own records of some demo fathers, sent as an agency feed would send them: the
/// force's local id, the name and date of birth as the police took them, no NHS number, a
/// domestic abuse history the police alone hold and a recent incident. Identity resolution must
/// find the man in them: for most the name and date of birth agree and the records link, bringing
/// the incident into the child's family; for every third the date was taken down with a day
/// wrong, and the pair waits on the police safeguarding lead's review list. It is how the
/// reviews' "unseen men" were unseen: known, under another agency's record.
/// </summary>
public static class PoliceRecords
{
    /// <summary>One family in this many has its father's police record sent.</summary>
    public const int EveryNthFamily = 5;

    /// <summary>The police record of the family's father, or null when the family is not one of those chosen or has no father with a name and date of birth.</summary>
    public static IntakeBatch? Of(DemoFamily family, IReadOnlyList<Agency> agencies, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(agencies);
        var number = FamilyNumber(family.Id);
        if (number % EveryNthFamily != 0)
        {
            return null;
        }
        var father = family.Batch.Persons.FirstOrDefault(p => p.Role == PersonRole.Father && p.Name is not null && p.Born is not null);
        var police = agencies.FirstOrDefault(a => a.Kind == AgencyKind.Police && a.LocalAuthority == family.LocalAuthority);
        if (father is null || police is null)
        {
            return null;
        }
        var born = father.Born!.Value;
        // Every third record has the day of birth taken down wrong: not enough for the model to link alone.
        var taken = number % (3 * EveryNthFamily) == 0 ? born.AddDays(born.Day < 28 ? 1 : -1) : born;
        var record = AgencyRecord.PersonId(police.Id, string.Create(CultureInfo.InvariantCulture, $"NM-{40000 + number}"));
        return new IntakeBatch
        {
            Agencies = [police],
            Persons =
            [
                new Person
                {
                    Id = record,
                    Role = PersonRole.OtherAdult,
                    Sex = Sex.Male,
                    Name = father.Name,
                    Born = taken,
                    History = [new HistoryFact(HistoryFactKind.DomesticAbusePerpetrator, [police.Id])],
                },
            ],
            Events =
            [
                new SourcedEvent(
                    new EventSource(police.Id, string.Create(CultureInfo.InvariantCulture, $"incident-{number}")),
                    new PoliceIncident { Date = today.AddDays(-(3 + (number % 20))), Agency = police.Id, Subjects = [record], Type = PoliceIncidentType.DomesticAbuse, Note = "Call to a domestic; the man gave his name and date of birth." }),
            ],
        };
    }

    private static int FamilyNumber(string familyId)
    {
        var digits = new string(familyId.Reverse().TakeWhile(char.IsAsciiDigit).Reverse().ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
