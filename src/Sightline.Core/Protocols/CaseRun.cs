using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Intake;

namespace Sightline.Core.Protocols;

/// <summary>
/// One case going through the rules: its state, its open obligations and the alerts raised so
/// far. Events are applied in order; a day is closed (its end-of-day checks and due obligations
/// decided) when a later event arrives or the clock says so.
/// </summary>
public sealed class CaseRun
{
    private readonly ProtocolEngine engine;
    private readonly List<Alert> alerts = [];
    private readonly HashSet<(string Rule, string Key)> raised = [];
    private readonly Dictionary<(string Rule, string Key), Obligation> open = [];
    private readonly Dictionary<string, ProtocolRule> rulesById;
    private DateOnly? openDay;
    private DateOnly? closedThrough;

    internal CaseRun(ProtocolEngine engine, CaseHistory history, DateOnly? knownFrom)
    {
        this.engine = engine;
        State = new CaseState(history, knownFrom);
        openDay = knownFrom;
        rulesById = engine.Rules.ToDictionary(r => r.Id);
    }

    /// <summary>The case state after the events applied so far.</summary>
    public CaseState State { get; }

    /// <summary>Alerts in the order raised.</summary>
    public IReadOnlyList<Alert> Alerts => alerts;

    /// <summary>Obligations not yet met, lapsed or overdue, soonest first.</summary>
    public IReadOnlyList<Obligation> OpenObligations => open.Values.OrderBy(o => o.DueOn).ThenBy(o => o.Rule, StringComparer.Ordinal).ToList();

    /// <summary>Applies an event: closes the days before it, folds it into the state and lets every rule decide.</summary>
    /// <param name="caseEvent">The event.</param>
    /// <param name="id">Its stable identity (its source, when stored); its position when null.</param>
    /// <returns>The alerts this event raised at once.</returns>
    public IReadOnlyList<Alert> Apply(CaseEvent caseEvent, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        if (closedThrough is { } closed && caseEvent.Date <= closed)
        {
            throw new InvalidOperationException($"The day {caseEvent.Date:yyyy-MM-dd} is already closed; an event for it cannot be applied.");
        }
        CloseDaysThrough(caseEvent.Date.AddDays(-1));
        var before = alerts.Count;
        var recorded = State.Apply(caseEvent, id);
        openDay = caseEvent.Date;
        var context = Context(caseEvent.Date);
        foreach (var rule in engine.Rules)
        {
            Take(rule.OnEvent(context, recorded));
        }
        SettleObligations(context);
        return alerts.Skip(before).ToList();
    }

    /// <summary>
    /// Closes every day up to and including <paramref name="day"/>: the end-of-day checks of a day
    /// that had events, and every obligation falling due, each decided at the end of its own day.
    /// </summary>
    /// <returns>The alerts raised.</returns>
    public IReadOnlyList<Alert> CloseDaysThrough(DateOnly day)
    {
        var before = alerts.Count;
        while (true)
        {
            var next = NextDayToClose(day);
            if (next is not { } closing)
            {
                break;
            }
            var context = Context(closing) with { IsEndOfDay = true };
            if (openDay == closing)
            {
                foreach (var rule in engine.Rules)
                {
                    Take(rule.AtEndOfDay(context));
                }
                openDay = null;
            }
            SettleObligations(context);
            foreach (var due in open.Values.Where(o => o.DueOn <= closing).OrderBy(o => o.DueOn).ThenBy(o => o.OpenedBy).ToList())
            {
                open.Remove((due.Rule, due.Key));
                Take([new Decision.Raise(rulesById[due.Rule].Overdue(context, due))]);
            }
            closedThrough = closing;
        }
        if (closedThrough is not { } c || c < day)
        {
            closedThrough = day;
        }
        return alerts.Skip(before).ToList();
    }

    private DateOnly? NextDayToClose(DateOnly through)
    {
        DateOnly? next = openDay is { } o && o <= through ? o : null;
        foreach (var obligation in open.Values)
        {
            var due = obligation.DueOn;
            if (closedThrough is { } c && due <= c)
            {
                due = c.AddDays(1);
            }
            if (due <= through && (next is null || due < next))
            {
                next = due;
            }
        }
        return next;
    }

    private RuleContext Context(DateOnly day) => new(State, day, engine.Calendar, engine.Settings);

    private void Take(IEnumerable<Decision> decisions)
    {
        foreach (var decision in decisions)
        {
            switch (decision)
            {
                case Decision.Raise { Alert: var alert }:
                    if (AboutTheDeadOnly(alert.Subjects, alert.RaisedOn))
                    {
                        break;
                    }
                    if (raised.Add((alert.Rule, alert.Key)))
                    {
                        alerts.Add(alert);
                    }
                    break;
                case Decision.Open { Obligation: var obligation }:
                    if (!raised.Contains((obligation.Rule, obligation.Key)) && !AboutTheDeadOnly(obligation.Subjects, State.Today ?? obligation.OpenedOn))
                    {
                        open.TryAdd((obligation.Rule, obligation.Key), obligation);
                    }
                    break;
                default:
                    throw new InvalidOperationException($"Unknown decision {decision.GetType().Name}.");
            }
        }
    }

    /// <summary>
    /// After a child's death nothing more is asked about them: an alert or obligation whose
    /// children all died before its day is not raised.
    /// </summary>
    private bool AboutTheDeadOnly(IReadOnlyList<Persons.PersonId> subjects, DateOnly day)
    {
        var children = subjects.Where(State.IsChild).ToList();
        return children.Count > 0 && children.All(c => State.DiedOn(c) is { } died && died < day);
    }

    private void SettleObligations(RuleContext context)
    {
        foreach (var (key, obligation) in open.ToList())
        {
            if (AboutTheDeadOnly(obligation.Subjects, context.Today) || rulesById[obligation.Rule].StatusOf(context, obligation) != ObligationStatus.Open)
            {
                open.Remove(key);
            }
        }
    }
}
