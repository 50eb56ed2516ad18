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
    private readonly Dictionary<(string Rule, string Key), OpenClock> open = [];
    private readonly List<(string Rule, string Key)> settled = [];
    private DateOnly? openDay;
    private DateOnly? closedThrough;

    internal CaseRun(ProtocolEngine engine, CaseHistory history, DateOnly? knownFrom)
    {
        this.engine = engine;
        State = new CaseState(history, knownFrom);
        openDay = knownFrom;
    }

    /// <summary>The case state after the events applied so far.</summary>
    public CaseState State { get; }

    /// <summary>Alerts in the order raised.</summary>
    public IReadOnlyList<Alert> Alerts => alerts;

    /// <summary>Obligations not yet met, lapsed or overdue, soonest first.</summary>
    public IReadOnlyList<Obligation> OpenObligations => open.Values.Select(o => o.Obligation).OrderBy(o => o.DueOn).ThenBy(o => o.Rule, StringComparer.Ordinal).ToList();

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
        Close(caseEvent.Date.AddDays(-1));
        var before = alerts.Count;
        var recorded = State.Apply(caseEvent, id);
        openDay = caseEvent.Date;
        var context = Context(caseEvent.Date, endOfDay: false);
        foreach (var rule in engine.RulesReactingTo(caseEvent.GetType()))
        {
            Take(rule.OnEvent(context, recorded));
        }
        SettleObligations(context);
        return AlertsSince(before);
    }

    /// <summary>
    /// Closes every day up to and including <paramref name="day"/>: the end-of-day checks of a day
    /// that had events, and every obligation falling due, each decided at the end of its own day.
    /// </summary>
    /// <returns>The alerts raised.</returns>
    public IReadOnlyList<Alert> CloseDaysThrough(DateOnly day)
    {
        var before = alerts.Count;
        Close(day);
        return AlertsSince(before);
    }

    private void Close(DateOnly day)
    {
        while (true)
        {
            var next = NextDayToClose(day);
            if (next is not { } closing)
            {
                break;
            }
            var context = Context(closing, endOfDay: true);
            if (openDay == closing)
            {
                foreach (var rule in engine.EndOfDayRules)
                {
                    Take(rule.AtEndOfDay(context));
                }
                openDay = null;
            }
            SettleObligations(context);
            if (AnyDueBy(closing))
            {
                foreach (var (due, rule) in open.Values.Where(o => o.Obligation.DueOn <= closing).OrderBy(o => o.Obligation.DueOn).ThenBy(o => o.Obligation.OpenedBy).ToList())
                {
                    open.Remove((due.Rule, due.Key));
                    Take([new Decision.Raise(rule.Overdue(context, due))]);
                }
            }
            closedThrough = closing;
        }
        if (closedThrough is not { } c || c < day)
        {
            closedThrough = day;
        }
    }

    private bool AnyDueBy(DateOnly day)
    {
        foreach (var (obligation, _) in open.Values)
        {
            if (obligation.DueOn <= day)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The alerts raised since the count was <paramref name="before"/>; most calls raise none.</summary>
    private IReadOnlyList<Alert> AlertsSince(int before) =>
        alerts.Count == before ? Array.Empty<Alert>() : alerts.GetRange(before, alerts.Count - before);

    private DateOnly? NextDayToClose(DateOnly through)
    {
        DateOnly? next = openDay is { } o && o <= through ? o : null;
        foreach (var (obligation, _) in open.Values)
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

    private RuleContext Context(DateOnly day, bool endOfDay) => new(State, day, engine.Calendar, engine.Settings) { Run = this, IsEndOfDay = endOfDay };

    /// <summary>Whether an alert of the rule with the key was raised (see <see cref="RuleContext.HasRaised"/>).</summary>
    internal bool HasRaised(string rule, string key) => raised.Contains((rule, key));

    /// <summary>Whether an obligation of the rule with the key is open or its alert raised (see <see cref="RuleContext.IsOpenOrRaised"/>).</summary>
    internal bool IsOpenOrRaised(string rule, string key) => open.ContainsKey((rule, key)) || raised.Contains((rule, key));

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
                        open.TryAdd((obligation.Rule, obligation.Key), new OpenClock(obligation, engine.RulesById[obligation.Rule]));
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
        // Asked for every open obligation after every event: where no one has died, at once.
        if (!State.AnyoneDied)
        {
            return false;
        }
        var children = 0;
        var allDead = true;
        foreach (var subject in subjects)
        {
            if (State.IsChild(subject))
            {
                children++;
                allDead &= State.DiedOn(subject) is { } died && died < day;
            }
        }
        return children > 0 && allDead;
    }

    private void SettleObligations(RuleContext context)
    {
        // Decided first, removed after, in the dictionary's order: the same removals in the same
        // order as ever, so the open set (and the order of ties among due obligations) is unchanged.
        foreach (var (key, (obligation, rule)) in open)
        {
            if (AboutTheDeadOnly(obligation.Subjects, context.Today) || rule.StatusOf(context, obligation) != ObligationStatus.Open)
            {
                settled.Add(key);
            }
        }
        foreach (var key in settled)
        {
            open.Remove(key);
        }
        settled.Clear();
    }

    /// <summary>An open obligation with the rule that decides it, looked up once when opened rather than at every settling.</summary>
    private readonly record struct OpenClock(Obligation Obligation, ProtocolRule Rule);
}
