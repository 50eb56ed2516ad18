using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Demo.Tests;

/// <summary>Every person and agency an event names, written here independently of the generator.</summary>
public static class References
{
    public static IEnumerable<AgencyId> Agencies(CaseEvent e)
    {
        yield return e.Agency;
        IEnumerable<AgencyId> more = e switch
        {
            Referral r => [r.To],
            RecordsRequested r => [r.To],
            InformationShared s => s.To,
            StrategyDiscussion s => [.. s.Invited, .. s.Attended],
            Conference c => [.. c.Invited, .. c.Attended],
            Meeting m => [.. m.Invited, .. m.Attended],
            SafetyPlan p => p.SharedWith,
            Escalation x => [x.About],
            Moved { ArrangedBy: { } by } => [by],
            _ => [],
        };
        foreach (var agency in more)
        {
            yield return agency;
        }
    }

    public static IEnumerable<PersonId> Persons(CaseEvent e)
    {
        IEnumerable<PersonId> more = e switch
        {
            Pregnancy p => [p.Unborn],
            Assessment a => a.Includes,
            InformationShared s => s.About,
            JoinedHousehold j => [j.Household],
            LeftHousehold l => [l.Household],
            _ => [],
        };
        return e.Subjects.Concat(more);
    }
}
