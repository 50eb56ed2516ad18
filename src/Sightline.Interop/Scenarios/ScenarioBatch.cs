using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;

namespace Sightline.Interop.Scenarios;

/// <summary>Turns a scenario into an intake batch, so that scenarios can be stored like any agency feed.</summary>
public static class ScenarioBatch
{
    /// <summary>
    /// The scenario as one batch. Agency and person ids become <c>{scenarioId}.{localId}</c>
    /// everywhere they appear, so several scenarios can live in one database; each event's source
    /// is its recording agency and <c>{scenarioId}#{index}</c>, its position in the file, so storing
    /// the same scenario twice stores each event once. Persons without an NHS number get a stable
    /// one from the synthetic 900–989 million range. A scenario's persons are already one record
    /// each, so identity resolution leaves them as they are.
    /// </summary>
    /// <param name="scenario">A scenario read by <see cref="ScenarioReader"/>.</param>
    /// <returns>The batch, in the scenario's event order.</returns>
    public static IntakeBatch ToIntakeBatch(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var ids = new ScenarioNamespace(scenario.Id);
        var history = scenario.History;
        return new IntakeBatch
        {
            PersonsAlreadyResolved = true,
            Agencies = [.. history.Agencies.Select(agency => agency with { Id = ids.Agency(agency.Id) })],
            Persons = [.. history.Persons.Select(ids.Person)],
            Relationships = [.. history.Relationships.Select(r => r with { From = ids.Person(r.From), To = ids.Person(r.To) })],
            Households = [.. history.Households.Select(household => new Household(ids.Persons(household.Members)))],
            Events =
            [
                .. history.Events.Select((caseEvent, index) => new SourcedEvent(
                    new EventSource(ids.Agency(caseEvent.Agency), $"{scenario.Id}#{index}"),
                    ids.Event(caseEvent))),
            ],
        };
    }
}
