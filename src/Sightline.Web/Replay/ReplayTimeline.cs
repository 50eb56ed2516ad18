using Sightline.Core.Events;
using Sightline.Interop.Replay;
using Sightline.Web.Alerts;
using Sightline.Web.Chronology;
using Sightline.Web.Presentation;

namespace Sightline.Web.Replay;

/// <summary>
/// Lays a replay out day by day for the replay page: each day's events as chronology lines and the
/// alerts raised that day, then the scenario's own checks. Pure: the replay has already run.
/// </summary>
internal static class ReplayTimeline
{
    public static ReplayView Of(ReplayOutcome outcome, RuleBook rules)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(rules);
        var scenario = outcome.Scenario;
        var history = scenario.History;
        var names = new CaseNames(history.Agencies, history.Persons);
        var events = history.Events.ToLookup(e => e.Date);
        var alerts = outcome.Alerts.ToLookup(a => a.RaisedOn);
        var days = events.Select(g => g.Key).Union(alerts.Select(g => g.Key)).Order()
            .Select(date => new ReplayDay(
                scenario.DayOf(date),
                date,
                events[date].Select(e => new ReplayEventLine(names.Agency(e.Agency), EventKinds.KindOf(e.GetType()), EventWording.Describe(e, names), names.Persons(e.Subjects))).ToList(),
                alerts[date].Select(a => new ReplayAlertLine(a.Rule, rules.Title(a.Rule), names.Persons(a.Subjects), names.Agencies(a.Notify), a.Due, a.Message)).ToList()))
            .ToList();
        return new ReplayView
        {
            Id = scenario.Id,
            Title = scenario.Title,
            Source = scenario.Source,
            Start = scenario.Start,
            EventCount = history.Events.Count,
            AlertCount = outcome.Alerts.Count,
            Days = days,
            Checks = ReplayCheck.Results(outcome)
                .Select(r => new ReplayCheckLine(r.Forbidden, r.Rule, rules.Title(r.Rule), names.Person(r.Subject), r.Wanted, r.Passed, r.Misses))
                .ToList(),
            StillOpen = outcome.OpenObligations
                .Select(o => new ReplayAlertLine(o.Rule, rules.Title(o.Rule), names.Persons(o.Subjects), o.Agency is { } agency ? names.Agency(agency) : "", o.DueOn, rules.NextStep(o.Rule)))
                .ToList(),
        };
    }
}
