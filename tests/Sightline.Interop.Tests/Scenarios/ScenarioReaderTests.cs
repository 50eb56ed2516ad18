using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Interop.Scenarios;

namespace Sightline.Interop.Tests.Scenarios;

public class ScenarioReaderTests
{
    [Fact]
    public void A_minimal_scenario_loads_with_days_as_calendar_dates()
    {
        var result = ScenarioText.Read(ScenarioText.Minimal);

        Assert.Empty(result.Lines());
        Assert.True(result.IsLoaded);
        var scenario = result.Scenario;
        Assert.Equal(("mini", "Kit (minimal, fictional)", "written for the reader's tests"), (scenario.Id, scenario.Title, scenario.Source));
        Assert.Equal(new DateOnly(2024, 2, 26), scenario.Start);
        Assert.Equal(
            [new DateOnly(2024, 2, 29), new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 3), new DateOnly(2024, 3, 4)],
            scenario.History.Events.Select(e => e.Date));
        Assert.Equal(new DateOnly(2024, 2, 29), scenario.DateOf(3));
        Assert.Equal(3, scenario.DayOf(new DateOnly(2024, 2, 29)));
        Assert.Equal(-40, scenario.DayOf(new DateOnly(2024, 1, 17)));
    }

    [Fact]
    public void Persons_relationships_and_households_become_domain_records()
    {
        var history = ScenarioText.Read(ScenarioText.Minimal).Scenario!.History;

        var kit = Assert.Single(history.Persons, p => p.Id == new PersonId("kit"));
        Assert.Equal((PersonRole.Child, Sex.Male, new DateOnly(2024, 1, 17), "North"), (kit.Role, kit.Sex, kit.Born!.Value, kit.LocalAuthority!));
        Assert.True(kit.GpRegistered, "a child born before day 0 is registered unless the file says not");
        Assert.Null(kit.NhsNumber);
        var mum = Assert.Single(history.Persons, p => p.Id == new PersonId("mum"));
        Assert.Equal("9434765919", mum.NhsNumber?.Value);
        Assert.Equal([new Relationship(new PersonId("mum"), new PersonId("kit"), RelationshipType.Parent)], history.Relationships);
        Assert.Equal([new PersonId("mum"), new PersonId("kit")], Assert.Single(history.Households).Members);
        Assert.Equal(new Agency(new AgencyId("north-csc"), "North children's social care", AgencyKind.ChildrensSocialCare, "North"), history.Agencies[1]);
    }

    [Fact]
    public void Events_become_core_records_of_their_kind()
    {
        var events = ScenarioText.Read(ScenarioText.Minimal).Scenario!.History.Events;

        var appointment = Assert.IsType<Appointment>(events[0]);
        Assert.Equal((AppointmentOutcome.Attended, "new birth review"), (appointment.Outcome, appointment.Service));
        Assert.Equal(new AgencyId("north-hv"), appointment.Agency);
        Assert.Equal([new PersonId("kit")], appointment.Subjects);
        Assert.Equal(InjuryType.Bruise, Assert.IsType<Injury>(events[1]).Type);
        Assert.Equal(new AgencyId("north-csc"), Assert.IsType<Referral>(events[2]).To);
        var discussion = Assert.IsType<StrategyDiscussion>(events[3]);
        Assert.Equal([new AgencyId("north-csc")], discussion.Attended);
        var plan = Assert.IsType<PlanStarted>(events[4]);
        Assert.Equal((PlanType.ChildProtection, PlanCategory.Physical, "Plan agreed at conference."), (plan.Plan, plan.Category!.Value, plan.Note!));
    }

    [Fact]
    public void Expected_and_forbidden_alerts_keep_their_days()
    {
        var scenario = ScenarioText.Read(ScenarioText.Minimal).Scenario!;

        var expected = Assert.Single(scenario.Expected);
        Assert.Equal(("bruising-non-mobile", new PersonId("kit"), 4, (int?)4), (expected.Rule, expected.Subject, expected.Day, expected.From));
        Assert.Equal([AgencyKind.HealthVisiting, AgencyKind.ChildrensSocialCare], expected.Notify);
        Assert.Equal(new ForbiddenAlert("was-not-brought", new PersonId("kit")), Assert.Single(scenario.Forbidden));
    }

    [Fact]
    public void A_scenario_without_expected_or_forbidden_alerts_has_empty_lists()
    {
        var tree = ScenarioText.MinimalTree();
        tree.Remove("expected");
        tree.Remove("forbidden");

        var scenario = ScenarioText.Read(tree).Scenario!;

        Assert.Empty(scenario.Expected);
        Assert.Empty(scenario.Forbidden);
    }

    [Fact]
    public void The_own_fixture_holds_every_event_kind_and_loads()
    {
        var result = ScenarioReader.Read(ScenarioFolders.EveryKind());

        Assert.Empty(result.Lines());
        Assert.Equal(EventKinds.All.Order(StringComparer.Ordinal), result.Scenario!.History.Events.Select(e => e.Kind).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Day_numbers_inside_events_become_dates_too()
    {
        var scenario = ScenarioReader.Read(ScenarioFolders.EveryKind()).Scenario!;
        var events = scenario.History.Events;

        Assert.Equal(scenario.DateOf(30), events.OfType<Pregnancy>().Single().Due);
        Assert.Equal(scenario.DateOf(2), events.OfType<Acknowledged>().Single().Of);
        Assert.Equal(scenario.DateOf(30), scenario.History.Persons.Single(p => p.Role == PersonRole.Unborn).Due);
    }

    [Fact]
    public void Optional_fields_left_out_take_the_formats_defaults()
    {
        var events = ScenarioReader.Read(ScenarioFolders.EveryKind()).Scenario!.History.Events;

        Assert.Equal(ContactOutcome.Completed, events.OfType<Contact>().Single().Outcome);
        Assert.Null(events.OfType<Imaging>().Single().Findings);
        Assert.Equal(new AgencyId("westford-housing"), events.OfType<Moved>().Single().ArrangedBy);
    }

    [Fact]
    public void A_file_path_reports_problems_under_its_file_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sightline-{Guid.NewGuid():N}", "broken-family.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            File.WriteAllText(path, "{}");

            var result = ScenarioReader.Read(path);

            Assert.All(result.Problems, p => Assert.Equal("broken-family.json", p.File));
            Assert.Contains("broken-family.json: $: missing required field 'format'", result.Lines());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_a_problem_not_an_exception()
    {
        var result = ScenarioReader.Read(Path.Combine(ScenarioFolders.Own(), "no-such-family.json"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("no-such-family.json", "$"), (problem.File, problem.Path));
        Assert.StartsWith("cannot read file: ", problem.Message, StringComparison.Ordinal);
    }
}
