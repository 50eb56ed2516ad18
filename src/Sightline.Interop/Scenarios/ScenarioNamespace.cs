using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// Prefixes a scenario's local ids with the scenario id (<c>baby-r.mother</c>) wherever they
/// appear, so that several scenarios, each with its own <c>mother</c>, can share one database.
/// </summary>
internal sealed class ScenarioNamespace(string scenarioId)
{
    public AgencyId Agency(AgencyId id) => new($"{scenarioId}.{id.Value}");

    public PersonId Person(PersonId id) => new($"{scenarioId}.{id.Value}");

    public IReadOnlyList<AgencyId> Agencies(IEnumerable<AgencyId> ids) => [.. ids.Select(Agency)];

    public IReadOnlyList<PersonId> Persons(IEnumerable<PersonId> ids) => [.. ids.Select(Person)];

    /// <summary>The person under its namespaced id, with a generated test-range NHS number when it has none.</summary>
    public Person Person(Person person)
    {
        var id = Person(person.Id);
        return person with
        {
            Id = id,
            NhsNumber = person.NhsNumber ?? SyntheticNhsNumbers.For(id),
            History = [.. person.History.Select(fact => fact with { KnownTo = Agencies(fact.KnownTo) })],
        };
    }

    /// <summary>The event with every agency and person id it holds namespaced.</summary>
    public CaseEvent Event(CaseEvent caseEvent)
    {
        var common = caseEvent with { Agency = Agency(caseEvent.Agency), Subjects = Persons(caseEvent.Subjects) };
        return common switch
        {
            Pregnancy pregnancy => pregnancy with { Unborn = Person(pregnancy.Unborn) },
            Moved moved => moved with { ArrangedBy = moved.ArrangedBy is { } by ? Agency(by) : null },
            JoinedHousehold joined => joined with { Household = Person(joined.Household) },
            LeftHousehold left => left with { Household = Person(left.Household) },
            Referral referral => referral with { To = Agency(referral.To) },
            RecordsRequested request => request with { To = Agency(request.To) },
            InformationShared shared => shared with { To = Agencies(shared.To), About = Persons(shared.About) },
            Assessment assessment => assessment with { Includes = Persons(assessment.Includes) },
            StrategyDiscussion discussion => discussion with { Invited = Agencies(discussion.Invited), Attended = Agencies(discussion.Attended) },
            SafetyPlan plan => plan with { SharedWith = Agencies(plan.SharedWith) },
            Conference conference => conference with { Invited = Agencies(conference.Invited), Attended = Agencies(conference.Attended) },
            Escalation escalation => escalation with { About = Agency(escalation.About) },
            Meeting meeting => meeting with { Invited = Agencies(meeting.Invited), Attended = Agencies(meeting.Attended) },
            // The remaining kinds hold no id beyond the agency and subjects.
            _ => common,
        };
    }
}
