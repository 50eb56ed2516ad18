using System.Text;
using System.Text.Json.Nodes;
using Sightline.Interop.Scenarios;

namespace Sightline.Interop.Tests.Scenarios;

/// <summary>A minimal valid scenario to break one field at a time, and a way to read JSON text.</summary>
internal static class ScenarioText
{
    /// <summary>
    /// Starts on Monday 26 February 2024, so day 3 is the leap day. Kit is a five-week-old on a
    /// child protection plan; mum's NHS number is the NHS's own published example.
    /// </summary>
    public const string Minimal = """
        {
          "format": "sightline-scenario/1",
          "id": "mini",
          "title": "Kit (minimal, fictional)",
          "source": "written for the reader's tests",
          "start": "2024-02-26",
          "agencies": [
            {"id": "north-hv", "name": "North health visiting", "kind": "health-visiting", "localAuthority": "North"},
            {"id": "north-csc", "name": "North children's social care", "kind": "childrens-social-care", "localAuthority": "North"}
          ],
          "persons": [
            {"id": "mum", "role": "mother", "sex": "female", "born": -9000, "nhsNumber": "943 476 5919"},
            {"id": "kit", "role": "child", "sex": "male", "born": -40, "localAuthority": "North"}
          ],
          "relationships": [
            {"from": "mum", "to": "kit", "type": "parent"},
            {"household": ["mum", "kit"]}
          ],
          "events": [
            {"day": 3, "agency": "north-hv", "kind": "appointment", "subjects": ["kit"], "service": "new birth review", "outcome": "attended"},
            {"day": 4, "agency": "north-hv", "kind": "injury", "subjects": ["kit"], "injury": "bruise", "site": "left ear"},
            {"day": 5, "agency": "north-hv", "kind": "referral", "subjects": ["kit"], "to": "north-csc", "concern": "bruise to the ear"},
            {"day": 6, "agency": "north-csc", "kind": "strategy-discussion", "subjects": ["kit"], "invited": ["north-csc", "north-hv"], "attended": ["north-csc"], "outcome": "s47"},
            {"day": 7, "agency": "north-csc", "kind": "plan-started", "subjects": ["kit"], "plan": "child-protection", "category": "physical", "localAuthority": "North", "note": "Plan agreed at conference."}
          ],
          "expected": [
            {"rule": "bruising-non-mobile", "subject": "kit", "day": 4, "from": 4, "notify": ["health-visiting", "childrens-social-care"]}
          ],
          "forbidden": [
            {"rule": "was-not-brought", "subject": "kit"}
          ]
        }
        """;

    /// <summary>The minimal scenario as a tree to change before reading.</summary>
    public static JsonObject MinimalTree() => JsonNode.Parse(Minimal)!.AsObject();

    public static ScenarioReadResult Read(string json, string name = "mini.json")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return ScenarioReader.Read(stream, name);
    }

    public static ScenarioReadResult Read(JsonNode tree, string name = "mini.json") => Read(tree.ToJsonString(), name);

    /// <summary>The problems as the lines a person would read, for assertions that show them all on failure.</summary>
    public static IReadOnlyList<string> Lines(this ScenarioReadResult result) => [.. result.Problems.Select(p => p.ToString())];
}
