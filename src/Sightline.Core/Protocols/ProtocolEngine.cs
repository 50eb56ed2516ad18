using System.Collections.Concurrent;
using Sightline.Core.Calendar;
using Sightline.Core.Intake;

namespace Sightline.Core.Protocols;

/// <summary>
/// Runs the protocol rules over a case. One engine serves live use and replay: a live caller
/// closes the days that have passed on the real clock; a replay closes them on a virtual one.
/// Nothing in a rule knows which.
/// </summary>
public sealed class ProtocolEngine
{
    private readonly ConcurrentDictionary<Type, ProtocolRule[]> rulesByEventType = new();

    /// <summary>Builds an engine from rules, a calendar and a partnership's settings.</summary>
    public ProtocolEngine(IEnumerable<ProtocolRule> rules, WorkingDayCalendar calendar, ProtocolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToList();
        var duplicate = Rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule {duplicate.Key} is registered twice.", nameof(rules));
        }
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        RulesById = Rules.ToDictionary(r => r.Id);
        // Only two rules check anything at the end of a day; asking the other 25 for nothing on
        // every day closed costs more than the checks. A rule that does not override AtEndOfDay
        // decides nothing there (the base returns no decisions), so skipping it changes nothing.
        EndOfDayRules = Rules.Where(r => r.GetType().GetMethod(nameof(ProtocolRule.AtEndOfDay), [typeof(RuleContext)])!.DeclaringType != typeof(ProtocolRule)).ToList();
    }

    /// <summary>An engine with every rule of the contract, England and Wales working days and the contract's defaults.</summary>
    public static ProtocolEngine Default { get; } =
        new(RuleCatalog.All, WorkingDayCalendar.EnglandAndWales, ProtocolSettings.Default);

    /// <summary>The rules, in the order they decide.</summary>
    public IReadOnlyList<ProtocolRule> Rules { get; }

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The settings.</summary>
    public ProtocolSettings Settings { get; }

    /// <summary>Every rule by its id.</summary>
    internal IReadOnlyDictionary<string, ProtocolRule> RulesById { get; }

    /// <summary>The rules with end-of-day checks, in the order they decide.</summary>
    internal IReadOnlyList<ProtocolRule> EndOfDayRules { get; }

    /// <summary>
    /// The rules whose <see cref="ProtocolRule.OnEvent"/> reacts to events of this type, in the
    /// order they decide (see <see cref="ProtocolRule.ReactsTo"/>). Worked out once per type: an
    /// engine serves many runs, possibly on several threads.
    /// </summary>
    internal IReadOnlyList<ProtocolRule> RulesReactingTo(Type eventType) =>
        rulesByEventType.GetOrAdd(eventType, type => Rules
            .Where(r => r.ReactsTo is not { } kinds || kinds.Any(k => k.IsAssignableFrom(type)))
            .ToArray());

    /// <summary>
    /// Starts a run over a case, before its first event. <paramref name="knownFrom"/> is the day
    /// the case's persons and their histories became known to the system (a scenario's day 0): the
    /// end-of-day checks run for it even when no event falls on it.
    /// </summary>
    public CaseRun Start(CaseHistory history, DateOnly? knownFrom = null) => new(this, history, knownFrom);

    /// <summary>
    /// Replays a whole history: every event in order, then the end of the day of the last event.
    /// Later deadlines are not reached.
    /// </summary>
    public CaseRun Replay(CaseHistory history, DateOnly? knownFrom = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var run = Start(history, knownFrom);
        foreach (var e in history.Events)
        {
            run.Apply(e);
        }
        if (history.Events.Count > 0)
        {
            run.CloseDaysThrough(history.Events[^1].Date);
        }
        else if (knownFrom is { } day)
        {
            run.CloseDaysThrough(day);
        }
        return run;
    }
}
