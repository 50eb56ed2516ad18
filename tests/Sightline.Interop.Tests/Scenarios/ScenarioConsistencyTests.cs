using System.Text.Json.Nodes;

namespace Sightline.Interop.Tests.Scenarios;

/// <summary>The checks across fields and events that catch what a typo would otherwise hide.</summary>
public class ScenarioConsistencyTests
{
    /// <summary>Appends one event to the minimal scenario (as events[5]) and returns every problem line.</summary>
    private static IReadOnlyList<string> WithEvent(string caseEvent)
    {
        var tree = ScenarioText.MinimalTree();
        tree["events"]!.AsArray().Add(JsonNode.Parse(caseEvent));
        return ScenarioText.Read(tree).Lines();
    }

    [Theory]
    [InlineData(
        """{"day": 9, "agency": "north-hv", "kind": "born", "subjects": ["kit"]}""",
        "$.events[5].subjects: 'kit' is not an unborn person (nor a child born on day 9)")]
    [InlineData(
        """{"day": 9, "agency": "north-csc", "kind": "separated", "subjects": ["mum"]}""",
        "$.events[5].subjects: a separated event names exactly two adults")]
    [InlineData(
        """{"day": 9, "agency": "north-csc", "kind": "joined-household", "subjects": ["kit"], "household": "mum"}""",
        "$.events[5].subjects: 'kit' is not an adult (a child changes address by `moved`)")]
    [InlineData(
        """{"day": 9, "agency": "north-csc", "kind": "placement", "subjects": ["mum"], "type": "foster"}""",
        "$.events[5].subjects: 'mum' is not a child (a placement places a child)")]
    [InlineData(
        """{"day": 9, "agency": "north-hv", "kind": "development", "subjects": ["mum"], "mobility": "walking"}""",
        "$.events[5].subjects: 'mum' is not a child")]
    [InlineData(
        """{"day": 9, "agency": "north-hv", "kind": "pregnancy", "subjects": ["mum"], "unborn": "kit", "due": 200}""",
        "$.events[5].unborn: 'kit' is not an unborn person")]
    [InlineData(
        """{"day": 9, "agency": "north-csc", "kind": "contact", "subjects": ["kit"], "mode": "home-visit", "childSeen": true, "outcome": "no-access"}""",
        "$.events[5].childSeen: a no-access contact cannot have seen the child")]
    [InlineData(
        """{"day": 9, "agency": "north-hv", "kind": "information-shared", "subjects": ["kit"], "to": ["north-csc"], "about": ["kit", "kit"], "acknowledged": true}""",
        "$.events[5].about[1]: person 'kit' listed twice")]
    [InlineData(
        """{"day": 9, "agency": "north-hv", "kind": "referral", "subjects": [], "to": "north-csc", "concern": "neglect"}""",
        "$.events[5].subjects: must name at least one person")]
    public void An_event_that_contradicts_the_people_it_names_is_an_error(string caseEvent, string problem)
    {
        Assert.Equal([$"mini.json: {problem}"], WithEvent(caseEvent));
    }

    [Fact]
    public void An_acknowledgement_by_an_agency_the_share_was_not_sent_to_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        var events = tree["events"]!.AsArray();
        events.Add(JsonNode.Parse("""{"day": 9, "agency": "north-hv", "kind": "information-shared", "subjects": ["kit"], "to": ["north-csc"], "about": ["kit"], "acknowledged": false}"""));
        events.Add(JsonNode.Parse("""{"day": 10, "agency": "north-hv", "kind": "acknowledged", "subjects": ["kit"], "of": 9}"""));

        Assert.Equal(["mini.json: $.events[6].of: no information-shared on day 9 was sent to 'north-hv'"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_unborn_child_listed_away_from_its_mother_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        tree["persons"]!.AsArray().Add(JsonNode.Parse("""{"id": "bump", "role": "unborn", "sex": "unknown", "due": 90}"""));
        var relationships = tree["relationships"]!.AsArray();
        relationships.Add(JsonNode.Parse("""{"from": "mum", "to": "bump", "type": "parent"}"""));
        relationships.Add(JsonNode.Parse("""{"household": ["bump"]}"""));

        Assert.Equal(["mini.json: $.relationships[3]: unborn 'bump' must live in its mother's household ('mum')"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void Role_specific_person_fields_are_checked_against_the_role()
    {
        var tree = ScenarioText.MinimalTree();
        var mum = tree["persons"]![0]!.AsObject();
        mum["mobility"] = "walking";
        mum["due"] = 3;
        var kit = tree["persons"]![1]!.AsObject();
        kit["born"] = 0;
        kit["gpRegistered"] = false;

        Assert.Equal(
            [
                "mini.json: $.persons[0].due: only an unborn person has 'due'",
                "mini.json: $.persons[0].mobility: only a child has mobility",
                "mini.json: $.persons[1].gpRegistered: gpRegistered applies to children born before day 0; "
                    + "a child born during the scenario is registered by a `gp-registered` event",
            ],
            ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_expected_alert_whose_window_opens_after_it_closes_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        tree["expected"]![0]!["from"] = 5;

        Assert.Equal(["mini.json: $.expected[0].from: from (5) is after day (4)"], ScenarioText.Read(tree).Lines());
    }
}
