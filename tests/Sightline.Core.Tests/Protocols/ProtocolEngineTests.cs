using Sightline.Core.Calendar;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Protocols;

namespace Sightline.Core.Tests.Protocols;

public class ProtocolEngineTests
{
    private static IReadOnlyList<Alert> Replay(Family family, ProtocolSettings? settings = null)
    {
        var engine = settings is null
            ? ProtocolEngine.Default
            : new ProtocolEngine(RuleCatalog.All, WorkingDayCalendar.EnglandAndWales, settings);
        return engine.Replay(family.History(), Family.Start).Alerts;
    }

    private static int DayOf(Alert alert) => alert.RaisedOn.DayNumber - Family.Start.DayNumber;

    [Fact]
    public void Every_rule_of_the_contract_is_registered_once()
    {
        Assert.Equal(27, RuleCatalog.All.Count);
        Assert.Equal(27, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void A_bruise_on_a_non_mobile_baby_is_raised_at_once_whatever_the_explanation()
    {
        var alerts = Replay(new Family().Add(Family.Bruise(30, Family.Hv)));

        var alert = Assert.Single(alerts, a => a.Rule == "bruising-non-mobile");
        Assert.Equal(30, DayOf(alert));
        Assert.Equal([Family.Hv, Family.Csc], alert.Notify);
        Assert.Equal(Family.Day(31), alert.Due); // 31 March 2021 is a Wednesday
        Assert.Contains("fell against the cot", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_walking_child_with_a_bruise_raises_no_bruising_alert()
    {
        var family = new Family()
            .Add(new Development { Date = Family.Day(20), Agency = Family.Hv, Subjects = [Family.Baby], Mobility = Mobility.Walking })
            .Add(Family.Bruise(30, Family.Hv));

        Assert.DoesNotContain(Replay(family), a => a.Rule == "bruising-non-mobile");
    }

    [Fact]
    public void The_partnership_choice_of_paediatric_assessment_first_changes_the_next_step()
    {
        var settings = ProtocolSettings.Default with { BruisingResponse = BruisingResponse.PaediatricAssessmentFirst };

        var alert = Assert.Single(Replay(new Family().Add(Family.Bruise(30, Family.Hv)), settings), a => a.Rule == "bruising-non-mobile");

        Assert.Contains("paediatrician", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overdue_check_falls_on_a_day_with_no_events()
    {
        // Plan on Monday 1 March; 10 working days later is Monday 15 March; the next event is much later.
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(new Growth { Date = Family.Day(40), Agency = Family.Hv, Subjects = [Family.Baby], Centile = 50 });

        var unseen = Assert.Single(Replay(family), a => a.Rule == "child-not-seen");
        Assert.Equal(14, DayOf(unseen));
    }

    [Fact]
    public void An_event_on_the_deadline_day_is_in_time()
    {
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(Family.SeenBySocialWorker(14))
            .Add(Family.SeenBySocialWorker(27));

        Assert.DoesNotContain(Replay(family), a => a.Rule == "child-not-seen");
    }

    [Fact]
    public void Deadlines_skip_bank_holidays()
    {
        // Raised Wednesday 31 March 2021; Good Friday and Easter Monday fall inside, so 5 working days end on Friday 9 April.
        var raised = new Escalation { Date = Family.Day(30), Agency = Family.Hv, Subjects = [Family.Baby], Stage = 1, Status = EscalationStatus.Raised, About = Family.Csc };
        var resolvedOnTheNinth = new Escalation { Date = Family.Day(39), Agency = Family.Hv, Subjects = [Family.Baby], Stage = 1, Status = EscalationStatus.Resolved, About = Family.Csc };
        var late = new Growth { Date = Family.Day(45), Agency = Family.Hv, Subjects = [Family.Baby], Centile = 50 };

        Assert.DoesNotContain(Replay(new Family().Add(raised).Add(resolvedOnTheNinth)), a => a.Rule == "escalation-overdue");
        var overdue = Assert.Single(Replay(new Family().Add(raised).Add(late)), a => a.Rule == "escalation-overdue");
        Assert.Equal(39, DayOf(overdue));
    }

    [Fact]
    public void Changing_a_threshold_changes_when_the_alert_is_raised()
    {
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(Family.SeenBySocialWorker(0))
            .Add(Family.MoveEast(1))
            .Add(Family.SeenBySocialWorker(10))
            .Add(Family.SeenBySocialWorker(20))
            .Add(Family.SeenBySocialWorker(30));

        var standard = Assert.Single(Replay(family), a => a.Rule == "transfer-in-conference-overdue");
        var longer = Assert.Single(
            Replay(family, ProtocolSettings.Default with { TransferInConference = Timescale.WorkingDays(20) }),
            a => a.Rule == "transfer-in-conference-overdue");

        Assert.Equal(22, DayOf(standard)); // 15 working days after Tuesday 2 March: Tuesday 23 March
        Assert.Equal(29, DayOf(longer)); // 20 working days: Tuesday 30 March
    }

    [Fact]
    public void A_transfer_in_conference_in_the_new_area_meets_the_obligation()
    {
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(Family.MoveEast(1))
            .Add(new Conference { Date = Family.Day(15), Agency = Family.EastCsc, Subjects = [Family.Baby], Type = ConferenceType.TransferIn, LocalAuthority = "Eastbrook", Invited = [Family.EastCsc], Attended = [Family.EastCsc] })
            .Add(Family.SeenBySocialWorker(40, Family.EastCsc));

        var alerts = Replay(family);

        Assert.Contains(alerts, a => a.Rule == "plan-child-moved-area");
        Assert.DoesNotContain(alerts, a => a.Rule == "transfer-in-conference-overdue");
    }

    [Fact]
    public void A_household_adult_risk_is_raised_once_per_child_adult_and_fact()
    {
        var family = new Family();
        family.FatherHistory.Add(new HistoryFact(HistoryFactKind.ViolentOffending, [Family.Police]));
        family.Add(new Growth { Date = Family.Day(5), Agency = Family.Hv, Subjects = [Family.Baby], Centile = 50 })
              .Add(new Growth { Date = Family.Day(9), Agency = Family.Hv, Subjects = [Family.Baby], Centile = 50 });

        var alert = Assert.Single(Replay(family), a => a.Rule == "household-adult-risk");

        Assert.Equal(0, DayOf(alert));
        Assert.Equal([Family.Baby, Family.Father], alert.Subjects);
        Assert.Equal([Family.Hv, Family.Gp, Family.Csc], alert.Notify);
    }

    [Fact]
    public void Telling_health_visiting_and_social_care_prevents_the_household_risk_alert()
    {
        var family = new Family();
        family.FatherHistory.Add(new HistoryFact(HistoryFactKind.ViolentOffending, [Family.Police, Family.Hv, Family.Csc]));

        Assert.DoesNotContain(Replay(family), a => a.Rule == "household-adult-risk");
    }

    [Fact]
    public void Sharing_passes_on_what_the_sender_knows()
    {
        var family = new Family();
        family.FatherHistory.Add(new HistoryFact(HistoryFactKind.ViolentOffending, [Family.Police]));
        var run = ProtocolEngine.Default.Start(family.History(), Family.Start);
        run.Apply(new InformationShared { Date = Family.Day(0), Agency = Family.Police, Subjects = [Family.Father], To = [Family.Hv, Family.Csc], About = [Family.Father], Acknowledged = true });
        run.CloseDaysThrough(Family.Day(0));

        Assert.DoesNotContain(run.Alerts, a => a.Rule == "household-adult-risk");
    }

    [Fact]
    public void An_event_for_a_closed_day_is_refused()
    {
        var run = ProtocolEngine.Default.Start(new Family().History(), Family.Start);
        run.CloseDaysThrough(Family.Day(10));

        Assert.Throws<InvalidOperationException>(() => run.Apply(Family.Bruise(5, Family.Hv)));
    }

    [Fact]
    public void Open_obligations_are_listed_until_met()
    {
        var run = ProtocolEngine.Default.Start(new Family().History(), Family.Start);
        run.Apply(new InformationShared { Date = Family.Day(1), Agency = Family.Hv, Subjects = [Family.Baby], To = [Family.EastHv], About = [Family.Mother], Acknowledged = false });

        var open = Assert.Single(run.OpenObligations, o => o.Rule == "information-unacknowledged");
        Assert.Equal(Family.Day(3), open.DueOn);

        run.Apply(new Acknowledged { Date = Family.Day(2), Agency = Family.EastHv, Subjects = [Family.Baby], Of = Family.Day(1) });
        Assert.DoesNotContain(run.OpenObligations, o => o.Rule == "information-unacknowledged");
    }

    [Fact]
    public void No_trigger_raises_the_same_rule_twice()
    {
        var family = new Family()
            .Add(Family.Bruise(30, Family.Hv))
            .Add(Family.Bruise(30, Family.Gp))
            .Add(Family.Bruise(40, Family.Hv));

        var alerts = Replay(family);

        Assert.Equal(3, alerts.Count(a => a.Rule == "bruising-non-mobile"));
        Assert.Single(alerts, a => a.Rule == "repeat-injury"); // same-day injuries count once
    }
}
