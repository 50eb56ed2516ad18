using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Core.Tests.Cases;

public class CaseStateTests
{
    [Fact]
    public void Folding_the_events_up_to_a_day_reconstructs_that_day()
    {
        var family = new Family()
            .Add(Family.ProtectionPlan(0))
            .Add(Family.MoveEast(10, Housing.Temporary, Family.Housing))
            .Add(new LeftHousehold { Date = Family.Day(20), Agency = Family.EastCsc, Subjects = [Family.Father], Household = Family.Mother });

        var state = new CaseState(family.History());
        foreach (var e in family.Events.Where(e => e.Date <= Family.Day(15)))
        {
            state.Apply(e);
        }

        Assert.Equal("Eastbrook", state.AreaOf(Family.Baby));
        Assert.Equal(Housing.Temporary, state.HousingOf(Family.Baby));
        Assert.Contains(Family.Father, state.HouseholdOf(Family.Baby));
        Assert.Equal("Northmoor", Assert.Single(state.ActivePlansOf(Family.Baby)).LocalAuthority);

        state.Apply(family.Events[2]);
        Assert.DoesNotContain(Family.Father, state.HouseholdOf(Family.Baby));
        Assert.Equal("Eastbrook", state.AreaOf(Family.Father));
    }

    [Fact]
    public void A_pre_birth_plan_becomes_a_protection_plan_at_birth()
    {
        var history = new Family().History();
        var unborn = new PersonId("unborn");
        var withUnborn = history with
        {
            Persons = [.. history.Persons, new Person { Id = unborn, Role = PersonRole.Unborn, Sex = Sex.Unknown, Due = Family.Day(30) }],
            Relationships = [.. history.Relationships, new Relationship(Family.Mother, unborn, RelationshipType.Parent)],
        };
        var state = new CaseState(withUnborn);
        state.Apply(new PlanStarted { Date = Family.Day(1), Agency = Family.Csc, Subjects = [unborn], Plan = PlanType.ChildProtection, Category = PlanCategory.Neglect, LocalAuthority = "Northmoor" });

        Assert.Equal(PlanType.PreBirthChildProtection, Assert.Single(state.ActivePlansOf(unborn)).Type);
        Assert.Contains(unborn, state.HouseholdOf(Family.Mother));

        state.Apply(new Born { Date = Family.Day(28), Agency = Family.Hv, Subjects = [unborn] });

        Assert.True(state.IsBornChild(unborn));
        Assert.Equal(PlanType.ChildProtection, Assert.Single(state.ActivePlansOf(unborn)).Type);
        Assert.Equal(Family.Day(28), state.BornOn(unborn));
    }

    [Fact]
    public void An_agency_is_involved_from_its_first_event_about_the_child_or_household()
    {
        var state = new CaseState(new Family().History());
        state.Apply(new PoliceIncident { Date = Family.Day(3), Agency = Family.Police, Subjects = [Family.Father], Type = PoliceIncidentType.DomesticAbuse });

        Assert.Equal(Family.Day(3), state.InvolvementWith(Family.Baby)[Family.Police]);
        Assert.True(state.Knows(Family.Police, Family.Father, FactKey.Of(PoliceIncidentType.DomesticAbuse)));
        Assert.False(state.Knows(Family.Hv, Family.Father, FactKey.Of(PoliceIncidentType.DomesticAbuse)));
    }

    [Fact]
    public void Events_out_of_date_order_are_refused()
    {
        var state = new CaseState(new Family().History());
        state.Apply(Family.Bruise(10, Family.Hv));

        Assert.Throws<ArgumentException>(() => state.Apply(Family.Bruise(9, Family.Hv)));
    }

    [Fact]
    public void The_indexes_give_the_same_events_as_the_history()
    {
        var state = new CaseState(new Family().History());
        var first = state.Apply(new PoliceIncident { Date = Family.Day(3), Agency = Family.Police, Subjects = [Family.Father, Family.Father], Type = PoliceIncidentType.DomesticAbuse });
        var bruise = state.Apply(Family.Bruise(4, Family.Hv));
        var second = state.Apply(new PoliceIncident { Date = Family.Day(5), Agency = Family.Police, Subjects = [Family.Father, Family.Mother], Type = PoliceIncidentType.Violence });

        Assert.Equal([first, second], state.EventsOfKind(typeof(PoliceIncident)));
        Assert.Equal([first, second], state.EventsAbout(Family.Father, typeof(PoliceIncident))); // listed twice, indexed once
        Assert.Equal([second], state.EventsAbout(Family.Mother, typeof(PoliceIncident)));
        Assert.Equal([bruise], state.EventsAbout(Family.Baby, typeof(Injury)));
        Assert.Empty(state.EventsAbout(Family.Baby, typeof(PoliceIncident)));
        Assert.Same(first, state.FirstRecordedBy(Family.Police, Family.Father));
        Assert.Same(second, state.FirstRecordedBy(Family.Police, Family.Mother));
        Assert.Null(state.FirstRecordedBy(Family.Police, Family.Baby));
        Assert.Equal([(Family.Father, first), (Family.Mother, second)], state.FirstRecordedBy(Agencies.AgencyKind.Police));
    }

    [Fact]
    public void An_agency_s_first_and_last_days_about_a_child_are_kept_apart()
    {
        var state = new CaseState(new Family().History());
        state.Apply(new PoliceIncident { Date = Family.Day(3), Agency = Family.Police, Subjects = [Family.Father], Type = PoliceIncidentType.DomesticAbuse });
        state.Apply(new PoliceIncident { Date = Family.Day(9), Agency = Family.Police, Subjects = [Family.Mother], Type = PoliceIncidentType.DomesticAbuse });

        Assert.Equal(Family.Day(3), state.InvolvementWith(Family.Baby)[Family.Police]);
        Assert.Equal(Family.Day(9), state.LastRecordedAbout(Family.Baby)[Family.Police]);
        Assert.Equal([Family.Baby], state.ChildrenInIdOrder);
        Assert.Equal(["father", "mother"], state.PersonsWithKnownFacts.Select(p => p.Value).Order(StringComparer.Ordinal));
    }
}
