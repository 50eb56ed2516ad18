using System.Text.Json.Nodes;

namespace Sightline.Interop.Tests.Scenarios;

public class ScenarioProblemTests
{
    private static JsonObject Event(JsonObject tree, int index) => tree["events"]![index]!.AsObject();

    private static JsonObject Person(JsonObject tree, int index) => tree["persons"]![index]!.AsObject();

    [Fact]
    public void Broken_json_is_reported_with_its_line_and_position()
    {
        var result = ScenarioText.Read("{\n  \"format\": \"sightline-scenario/1\",\n  \"id\" \"mini\"\n}");

        Assert.False(result.IsLoaded);
        var line = Assert.Single(result.Lines());
        Assert.StartsWith("mini.json: $: invalid JSON at line 3, position 8: ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"format\": \"sightline-scenario/1\",}")]
    [InlineData("{\"centile\": NaN}")]
    [InlineData("{\"note\": \"unterminated}")]
    public void Text_that_is_not_json_is_rejected_as_invalid_json(string text)
    {
        var line = Assert.Single(ScenarioText.Read(text).Lines());

        Assert.StartsWith("mini.json: $: invalid JSON at line 1, position ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_rejected()
    {
        using var stream = new MemoryStream([(byte)'{', (byte)'"', 0xFF, (byte)'"', (byte)'}']);

        var line = Assert.Single(Sightline.Interop.Scenarios.ScenarioReader.Read(stream, "mini.json").Lines());

        Assert.Equal("mini.json: $: not UTF-8: invalid byte at line 1 (byte offset 2)", line);
    }

    [Fact]
    public void A_key_given_twice_is_an_error_naming_the_object()
    {
        var json = ScenarioText.Minimal.Replace("\"sex\": \"male\",", "\"sex\": \"male\", \"sex\": \"female\",", StringComparison.Ordinal);

        var result = ScenarioText.Read(json);

        Assert.Equal(["mini.json: $.persons[1]: duplicate key 'sex' in a JSON object"], result.Lines());
    }

    [Theory]
    [InlineData("$.author")]
    [InlineData("$.persons[0].surname")]
    [InlineData("$.events[2].concerns")]
    [InlineData("$.expected[0].subjects")]
    public void An_unknown_field_is_an_error_naming_its_path(string path)
    {
        var tree = ScenarioText.MinimalTree();
        var parent = path.LastIndexOf('.');
        var target = path[..parent] switch
        {
            "$" => tree,
            "$.persons[0]" => Person(tree, 0),
            "$.events[2]" => Event(tree, 2),
            _ => tree["expected"]![0]!.AsObject(),
        };
        target[path[(parent + 1)..]] = "typo";

        Assert.Equal([$"mini.json: {path}: unknown field"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_unknown_event_kind_lists_the_kinds_there_are()
    {
        var tree = ScenarioText.MinimalTree();
        Event(tree, 0)["kind"] = "home-visit";

        var line = Assert.Single(ScenarioText.Read(tree).Lines());

        Assert.StartsWith("mini.json: $.events[0].kind: 'home-visit' is not one of born, pregnancy, development, moved, ", line, StringComparison.Ordinal);
        Assert.EndsWith(", separated, placement, incident", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_its_vocabulary_names_the_values_allowed()
    {
        var tree = ScenarioText.MinimalTree();
        var events = new JsonArray();
        for (var i = 0; i < 12; i++)
        {
            events.Add(JsonNode.Parse("""{"day": 1, "agency": "north-hv", "kind": "contact", "subjects": ["kit"], "mode": "phone", "childSeen": false}"""));
        }
        events.Add(JsonNode.Parse("""{"day": 2, "agency": "north-hv", "kind": "appointment", "subjects": ["kit"], "service": "hearing", "outcome": "missed"}"""));
        tree["events"] = events;

        var result = ScenarioText.Read(tree, "baby-r.json");

        Assert.Equal(["baby-r.json: $.events[12].outcome: 'missed' is not one of attended, was-not-brought, cancelled"], result.Lines());
    }

    [Fact]
    public void A_person_id_that_names_no_person_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        Event(tree, 1)["subjects"] = new JsonArray("kit", "dad");
        tree["forbidden"]![0]!["subject"] = "kitt";

        Assert.Equal(
            [
                "mini.json: $.events[1].subjects[1]: unknown person id 'dad'",
                "mini.json: $.forbidden[0].subject: unknown person id 'kitt'",
            ],
            ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_agency_id_that_names_no_agency_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        Event(tree, 2)["to"] = "south-csc";
        Person(tree, 0)["history"] = JsonNode.Parse("""[{"fact": "care-leaver", "knownTo": ["north-leaving-care"]}]""");

        Assert.Equal(
            [
                "mini.json: $.persons[0].history[0].knownTo[0]: unknown agency id 'north-leaving-care'",
                "mini.json: $.events[2].to: unknown agency id 'south-csc'",
            ],
            ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void Events_out_of_day_order_are_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        Event(tree, 2)["day"] = 2;

        Assert.Equal(["mini.json: $.events[2].day: events are not sorted by day (2 comes after 4)"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void A_missing_required_field_is_an_error_at_its_object()
    {
        var tree = ScenarioText.MinimalTree();
        tree.Remove("start");
        Event(tree, 2).Remove("to");
        Person(tree, 1).Remove("sex");

        Assert.Equal(
            [
                "mini.json: $: missing required field 'start'",
                "mini.json: $.persons[1]: missing required field 'sex'",
                "mini.json: $.events[2]: a referral event needs 'to'",
            ],
            ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void A_wrong_type_is_an_error_saying_what_was_wanted()
    {
        var tree = ScenarioText.MinimalTree();
        Event(tree, 0)["day"] = "3";
        Event(tree, 3)["invited"] = "north-csc";
        Person(tree, 1)["born"] = -40.5;
        tree["agencies"]![0]!["name"] = " ";

        Assert.Equal(
            [
                "mini.json: $.agencies[0].name: must be a non-empty string, got ' '",
                "mini.json: $.persons[1].born: must be an integer (a day number), got -40.5",
                "mini.json: $.events[0].day: must be an integer (a day number), got '3'",
                "mini.json: $.events[3].invited: must be a list of agency ids, got 'north-csc'",
            ],
            ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void A_format_other_than_sightline_scenario_1_is_rejected()
    {
        var tree = ScenarioText.MinimalTree();
        tree["format"] = "sightline-scenario/2";

        Assert.Equal(["mini.json: $.format: must be 'sightline-scenario/1', got 'sightline-scenario/2'"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void A_start_that_is_not_a_calendar_date_is_rejected()
    {
        var tree = ScenarioText.MinimalTree();
        tree["start"] = "2023-02-29";

        Assert.Equal(["mini.json: $.start: must be a calendar date YYYY-MM-DD, got '2023-02-29'"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void A_child_protection_plan_without_a_category_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        Event(tree, 4).Remove("category");

        Assert.Equal(["mini.json: $.events[4]: a child-protection plan-started event needs 'category'"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void A_child_in_need_plan_needs_no_category()
    {
        var tree = ScenarioText.MinimalTree();
        Event(tree, 4).Remove("category");
        Event(tree, 4)["plan"] = "child-in-need";

        Assert.Empty(ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_agency_that_attended_without_being_invited_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        Event(tree, 3)["invited"] = new JsonArray("north-hv");

        Assert.Equal(["mini.json: $.events[3].attended[0]: 'north-csc' attended but was not invited"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_invalid_nhs_number_is_an_error_naming_its_path()
    {
        var tree = ScenarioText.MinimalTree();
        Person(tree, 0)["nhsNumber"] = "943 476 5918";

        Assert.Equal(
            ["mini.json: $.persons[0].nhsNumber: '943 476 5918' is not a valid NHS number (ten digits, the last a Modulus 11 check digit)"],
            ScenarioText.Read(tree).Lines());
    }

    [Theory]
    [InlineData("centile", 0, "must be a centile above 0 and below 100, got 0")]
    [InlineData("centile", 100, "must be a centile above 0 and below 100, got 100")]
    [InlineData("stage", 5, "must be an integer from 1 to 4, got 5")]
    [InlineData("stage", 0, "must be an integer from 1 to 4, got 0")]
    public void Numbers_outside_their_range_are_errors(string field, int value, string message)
    {
        var tree = ScenarioText.MinimalTree();
        var caseEvent = field == "centile"
            ? """{"day": 9, "agency": "north-hv", "kind": "growth", "subjects": ["kit"], "centile": 50}"""
            : """{"day": 9, "agency": "north-hv", "kind": "escalation", "subjects": ["kit"], "stage": 1, "status": "raised", "about": "north-csc"}""";
        var added = JsonNode.Parse(caseEvent)!.AsObject();
        added[field] = value;
        tree["events"]!.AsArray().Add(added);

        Assert.Equal([$"mini.json: $.events[5].{field}: {message}"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_acknowledgement_that_answers_no_share_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        tree["events"]!.AsArray().Add(JsonNode.Parse("""{"day": 9, "agency": "north-csc", "kind": "acknowledged", "subjects": ["kit"], "of": 8}"""));

        Assert.Equal(["mini.json: $.events[5].of: no information-shared event on day 8 precedes this acknowledgement"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void A_local_authority_that_no_agency_carries_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        Person(tree, 1)["localAuthority"] = "Nroth";

        Assert.Equal(
            ["mini.json: $.persons[1].localAuthority: local authority 'Nroth' is not the localAuthority of any agency (agencies carry North)"],
            ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void A_person_in_two_households_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        tree["relationships"]!.AsArray().Add(JsonNode.Parse("""{"household": ["kit"]}"""));

        Assert.Equal(["mini.json: $.relationships[2].household[0]: 'kit' already lives in $.relationships[1]"], ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_id_declared_twice_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        tree["agencies"]!.AsArray().Add(JsonNode.Parse("""{"id": "north-hv", "name": "North HV again", "kind": "health-visiting", "localAuthority": "North"}"""));
        tree["persons"]!.AsArray().Add(JsonNode.Parse("""{"id": "mum", "role": "mother", "sex": "female", "born": -9000}"""));

        Assert.Equal(
            [
                "mini.json: $.agencies[2].id: duplicate agency id 'north-hv'",
                "mini.json: $.persons[2].id: duplicate person id 'mum'",
            ],
            ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_alert_both_expected_and_forbidden_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        tree["forbidden"]![0]!["rule"] = "bruising-non-mobile";

        Assert.Equal(
            ["mini.json: $.forbidden[0]: bruising-non-mobile for 'kit' is also expected at $.expected[0]"],
            ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void An_injury_to_an_unborn_child_before_its_birth_is_an_error()
    {
        var tree = ScenarioText.MinimalTree();
        tree["persons"]!.AsArray().Add(JsonNode.Parse("""{"id": "bump", "role": "unborn", "sex": "unknown", "due": 90}"""));
        Event(tree, 1)["subjects"] = new JsonArray("bump");

        Assert.Equal(
            ["mini.json: $.events[1].subjects: 'bump' is not born yet (no `born` event before this injury)"],
            ScenarioText.Read(tree).Lines());
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_not_just_the_first()
    {
        var tree = ScenarioText.MinimalTree();
        tree["format"] = "sightline-scenario/0";
        Person(tree, 1)["role"] = "baby";
        Event(tree, 0)["outcome"] = "dna";
        Event(tree, 2)["to"] = "police";
        tree["expected"]![0]!["rule"] = "bruising";

        var lines = ScenarioText.Read(tree).Lines();

        Assert.Equal(5, lines.Count);
        Assert.Contains("mini.json: $.persons[1].role: 'baby' is not one of child, unborn, mother, father, partner, grandparent, other-adult", lines);
        Assert.Contains("mini.json: $.events[0].outcome: 'dna' is not one of attended, was-not-brought, cancelled", lines);
    }
}
