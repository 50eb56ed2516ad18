using Sightline.Core.Events;
using Sightline.Core.Protocols;

namespace Sightline.Core.Tests.Protocols;

/// <summary>How particular clauses of the contract read, where a literal reading is easy to miss.</summary>
public class RuleReadingTests
{
    private static IReadOnlyList<Alert> Replay(Family family) => ProtocolEngine.Default.Replay(family.History(), Family.Start).Alerts;

    private static int DayOf(Alert alert) => alert.RaisedOn.DayNumber - Family.Start.DayNumber;

    [Fact]
    public void A_child_born_during_the_case_without_a_born_event_still_needs_a_GP_by_42_days()
    {
        // The baby of Family is born on day 0 and has no born event.
        var family = new Family().Add(new Growth { Date = Family.Day(50), Agency = Family.Hv, Subjects = [Family.Baby], Centile = 50 });

        var alert = Assert.Single(Replay(family), a => a.Rule == "not-registered-with-gp");
        Assert.Equal(42, DayOf(alert));
    }

    [Fact]
    public void A_GP_registration_before_42_days_raises_nothing()
    {
        var family = new Family()
            .Add(new GpRegistered { Date = Family.Day(20), Agency = Family.Gp, Subjects = [Family.Baby] })
            .Add(new Growth { Date = Family.Day(50), Agency = Family.Hv, Subjects = [Family.Baby], Centile = 50 });

        Assert.DoesNotContain(Replay(family), a => a.Rule == "not-registered-with-gp");
    }

    [Fact]
    public void Housing_moving_a_child_on_a_plan_to_temporary_housing_across_the_boundary_raises_at_once()
    {
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(Family.MoveEast(5, Housing.Temporary, Family.Housing));

        var alert = Assert.Single(Replay(family), a => a.Rule == "temporary-housing-out-of-area");
        Assert.Equal(5, DayOf(alert));
        Assert.Equal([Family.Housing, Family.Csc, Family.EastCsc], alert.Notify);
    }

    [Fact]
    public void Temporary_housing_within_the_same_area_is_not_out_of_area()
    {
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(new Moved { Date = Family.Day(5), Agency = Family.Housing, Subjects = [Family.Mother, Family.Baby], LocalAuthority = "Northmoor", Housing = Housing.Temporary, ArrangedBy = Family.Housing });

        Assert.DoesNotContain(Replay(family), a => a.Rule == "temporary-housing-out-of-area");
    }

    [Fact]
    public void An_agency_that_recorded_an_event_about_a_father_who_has_since_left_is_still_one_to_invite()
    {
        var family = new Family()
            .Add(new Probation { Date = Family.Day(3), Agency = Family.Probation, Subjects = [Family.Father], Status = ProbationStatus.SupervisionStarted })
            .Add(new LeftHousehold { Date = Family.Day(10), Agency = Family.Csc, Subjects = [Family.Father], Household = Family.Mother })
            .Add(new StrategyDiscussion { Date = Family.Day(20), Agency = Family.Csc, Subjects = [Family.Baby], Invited = [Family.Csc, Family.Police, Family.Hv], Attended = [Family.Csc], Outcome = StrategyOutcome.S47 });

        var alert = Assert.Single(Replay(family), a => a.Rule == "strategy-agency-missing");
        Assert.Contains("Northmoor Probation", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_more_is_asked_about_a_child_after_their_death()
    {
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(new Incident { Date = Family.Day(3), Agency = Family.Police, Subjects = [Family.Baby], Type = IncidentType.Death })
            .Add(new Growth { Date = Family.Day(60), Agency = Family.Hv, Subjects = [Family.Mother], Centile = 50 });

        var alerts = Replay(family);

        Assert.DoesNotContain(alerts, a => a.Rule is "child-not-seen" or "not-registered-with-gp" or "review-conference-overdue");
    }

    [Fact]
    public void An_event_at_the_weekend_counts_its_deadline_from_the_next_working_days()
    {
        // Saturday 6 March 2021: 2 working days later is Tuesday 9 March.
        var family = new Family()
            .Add(new InformationShared { Date = Family.Day(5), Agency = Family.Hv, Subjects = [Family.Baby], To = [Family.EastHv], About = [Family.Mother], Acknowledged = false })
            .Add(new Growth { Date = Family.Day(20), Agency = Family.Hv, Subjects = [Family.Baby], Centile = 50 });

        var alert = Assert.Single(Replay(family), a => a.Rule == "information-unacknowledged");
        Assert.Equal(8, DayOf(alert));
    }

    [Fact]
    public void A_transfer_in_conference_moves_the_plan_to_the_new_area()
    {
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(Family.MoveEast(1))
            .Add(new Conference { Date = Family.Day(10), Agency = Family.EastCsc, Subjects = [Family.Baby], Type = ConferenceType.TransferIn, LocalAuthority = "Eastbrook", Invited = [Family.EastCsc], Attended = [Family.EastCsc] })
            .Add(new Moved { Date = Family.Day(20), Agency = Family.Housing, Subjects = [Family.Mother, Family.Baby], LocalAuthority = "Northmoor", Housing = Housing.Permanent });

        var run = ProtocolEngine.Default.Replay(family.History(), Family.Start);

        Assert.Equal("Eastbrook", Assert.Single(run.State.ActivePlansOf(Family.Baby)).LocalAuthority);
        // Moving back to Northmoor is now a move away from the plan's area.
        Assert.Equal(2, run.Alerts.Count(a => a.Rule == "plan-child-moved-area"));
    }
}
