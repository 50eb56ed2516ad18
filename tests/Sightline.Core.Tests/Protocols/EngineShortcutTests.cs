using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Protocols;

namespace Sightline.Core.Tests.Protocols;

/// <summary>
/// The engine skips work that cannot decide anything (rules not reacting to an event's kind,
/// clocks already open, alerts already raised) and rules read indexes instead of the whole
/// history. These tests pin the behaviour those shortcuts must keep, at the corners where a
/// shortcut would be easiest to get wrong.
/// </summary>
public class EngineShortcutTests
{
    private static IReadOnlyList<Alert> Replay(Family family) => ProtocolEngine.Default.Replay(family.History(), Family.Start).Alerts;

    private static int DayOf(Alert alert) => alert.RaisedOn.DayNumber - Family.Start.DayNumber;

    private static Growth Weighed(int day) => new() { Date = Family.Day(day), Agency = Family.Hv, Subjects = [Family.Baby], Centile = 50 };

    [Fact]
    public void A_rule_listing_its_event_kinds_is_asked_only_about_those_and_one_listing_none_about_every_event()
    {
        var injuriesOnly = new CountingRule("counts-injuries", [typeof(Injury)]);
        var everything = new CountingRule("counts-everything", null);
        var engine = new ProtocolEngine([injuriesOnly, everything], ProtocolEngine.Default.Calendar, ProtocolEngine.Default.Settings);
        var family = new Family().Add(Weighed(1)).Add(Family.Bruise(2, Family.Hv)).Add(Weighed(3));

        engine.Replay(family.History(), Family.Start);

        Assert.Equal(1, injuriesOnly.Events);
        Assert.Equal(3, everything.Events);
        // Day 0 (known from), and the days of the three events.
        Assert.Equal(4, everything.Days);
    }

    [Fact]
    public void The_child_not_seen_clock_runs_from_the_last_visit_whatever_other_events_come_between()
    {
        // Plan on Monday 1 March; seen on Friday 5 March; weighed often but never visited again:
        // 10 working days from the visit is Friday 19 March (day 18).
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(Family.SeenBySocialWorker(4))
            .Add(Weighed(7)).Add(Weighed(11)).Add(Weighed(16)).Add(Weighed(19)).Add(Weighed(25));

        var unseen = Assert.Single(Replay(family), a => a.Rule == "child-not-seen");

        Assert.Equal(18, DayOf(unseen));
        Assert.Contains("last seen by children's social care on 5 Mar 2021", unseen.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_think_family_share_counts_only_while_it_reaches_the_childs_agencies_so_a_move_reopens_the_clock()
    {
        // Probation starts with the father on day 1 (due by day 8) and shares with Northmoor health
        // visiting on day 2: met. On day 10 the family moves to Eastbrook, whose health visiting and
        // social care were never told: the same clock is open again, already past its day.
        var shared = new Family()
            .Add(new Probation { Date = Family.Day(1), Agency = Family.Probation, Subjects = [Family.Father], Status = ProbationStatus.SupervisionStarted })
            .Add(new InformationShared { Date = Family.Day(2), Agency = Family.Probation, Subjects = [Family.Father], To = [Family.Hv], About = [Family.Father], Acknowledged = true })
            .Add(new Probation { Date = Family.Day(5), Agency = Family.Probation, Subjects = [Family.Father], Status = ProbationStatus.NotEngaging });
        Assert.DoesNotContain(Replay(shared), a => a.Rule == "think-family");

        var alert = Assert.Single(Replay(shared.Add(Family.MoveEast(10))), a => a.Rule == "think-family");

        Assert.Equal(10, DayOf(alert));
        Assert.Contains("since 2 Mar 2021", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lapse_that_lasts_only_between_two_events_of_a_day_is_still_seen()
    {
        // The child on a Northmoor plan moves to Eastbrook, back and to Eastbrook again, all on day 5.
        // The first move's transfer-in clock lapsed when the child left Eastbrook, although the child
        // is there again by the end of the day: only the third move's clock falls due.
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(Family.MoveEast(5))
            .Add(Family.MoveEast(5) with { LocalAuthority = "Northmoor" })
            .Add(Family.MoveEast(5))
            .Add(Family.SeenBySocialWorker(40, Family.EastCsc));

        var overdue = Assert.Single(Replay(family), a => a.Rule == "transfer-in-conference-overdue");

        Assert.Equal("3|baby", overdue.Key); // the third event of the history
    }

    [Fact]
    public void A_strategy_discussion_looks_back_over_its_whole_window_and_no_further()
    {
        static Family WithPoliceOn(int day) => new Family()
            .Add(new PoliceIncident { Date = Family.Day(day), Agency = Family.Police, Subjects = [Family.Father], Type = PoliceIncidentType.DomesticAbuse })
            .Add(new StrategyDiscussion { Date = Family.Day(400), Agency = Family.Csc, Subjects = [Family.Baby], Invited = [Family.Hv], Attended = [Family.Hv], Outcome = StrategyOutcome.S47 });

        // The window is the 365 days before the discussion, its first day included.
        var inWindow = Assert.Single(Replay(WithPoliceOn(35)), a => a.Rule == "strategy-agency-missing");
        Assert.Contains("Northmoor Police", inWindow.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Replay(WithPoliceOn(34)), a => a.Rule == "strategy-agency-missing");
    }

    [Fact]
    public void A_run_tells_a_rule_which_of_its_alerts_are_raised_and_which_clocks_are_open()
    {
        var probe = new ProbeRule();
        var run = new ProtocolEngine([probe], ProtocolEngine.Default.Calendar, ProtocolEngine.Default.Settings)
            .Start(new Family().History(), Family.Start);

        run.Apply(Weighed(1));
        run.Apply(Weighed(2));

        Assert.True(probe.SawRaised);
        Assert.True(probe.SawOpen);
        Assert.False(probe.SawOther);
    }

    [Fact]
    public void Outside_a_run_a_rule_context_knows_of_no_alerts_or_clocks()
    {
        var context = new RuleContext(new CaseState(new Family().History()), Family.Start, ProtocolEngine.Default.Calendar, ProtocolEngine.Default.Settings);

        Assert.False(context.HasRaised("probe", "alert"));
        Assert.False(context.IsOpenOrRaised("probe", "clock"));
    }

    /// <summary>A rule that counts what the engine asks it.</summary>
    private sealed class CountingRule(string id, IReadOnlyCollection<Type>? kinds) : ProtocolRule
    {
        public int Events { get; private set; }

        public int Days { get; private set; }

        public override RuleDescription Description { get; } = new(id, id, "", "", "", "", "", []);

        public override IReadOnlyCollection<Type>? ReactsTo => kinds;

        public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
        {
            Events++;
            return [];
        }

        public override IEnumerable<Decision> AtEndOfDay(RuleContext context)
        {
            Days++;
            return [];
        }
    }

    /// <summary>A rule that raises an alert and opens a clock on its first event, and asks the run about both on the next.</summary>
    private sealed class ProbeRule : ProtocolRule
    {
        public bool SawRaised { get; private set; }

        public bool SawOpen { get; private set; }

        public bool SawOther { get; private set; }

        public override RuleDescription Description { get; } = new("probe", "probe", "", "", "", "", "", []);

        public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
        {
            if (recorded.Sequence == 0)
            {
                return
                [
                    new Decision.Raise(Raise(context, [Family.Baby], [Family.Hv], null, "raised", "alert")),
                    new Decision.Open(new Obligation { Rule = Id, Key = "clock", Subjects = [Family.Baby], OpenedOn = context.Today, DueOn = context.Today.AddDays(30) }),
                ];
            }
            SawRaised = HasRaised(context, "alert");
            SawOpen = IsOpenOrRaised(context, "clock");
            SawOther = HasRaised(context, "clock") || IsOpenOrRaised(context, "other");
            return [];
        }
    }
}
