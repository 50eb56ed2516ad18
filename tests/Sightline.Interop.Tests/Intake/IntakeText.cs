using System.Text.Json.Nodes;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Interop.Intake;

namespace Sightline.Interop.Tests.Intake;

/// <summary>A minimal good intake batch from North health visiting, to break one field at a time, and the context it is read in.</summary>
internal static class IntakeText
{
    public static readonly AgencyId Sender = new("north-hv");

    public const string Minimal = """
        {
          "agency": "north-hv",
          "persons": [
            {"id": "P-100", "role": "mother", "sex": "female", "born": "1998-05-01", "nhsNumber": "943 476 5919", "name": "Amy Kay", "postcode": "ne1 4st"},
            {"id": "P-101", "role": "child", "sex": "male", "born": "2024-01-17", "name": "Kit Kay", "localAuthority": "North"}
          ],
          "relationships": [
            {"from": "P-100", "to": "P-101", "type": "parent"},
            {"household": ["P-100", "P-101"]}
          ],
          "events": [
            {"sourceId": "hv-1", "date": "2024-02-29", "kind": "appointment", "subjects": ["P-101"], "service": "new birth review", "outcome": "attended"},
            {"sourceId": "hv-2", "date": "2024-03-01", "kind": "injury", "subjects": ["P-101"], "injury": "bruise", "site": "left ear"},
            {"sourceId": "hv-3", "date": "2024-03-02", "kind": "referral", "subjects": ["P-101", "P-100"], "to": "north-csc", "concern": "bruise to the ear", "note": "Phoned first."}
          ]
        }
        """;

    /// <summary>North's two agencies are known; today is Sunday 10 March 2024.</summary>
    public static IntakeContext Context(IReadOnlyDictionary<string, PersonRole>? knownPersons = null) => new()
    {
        Sender = Sender,
        Today = new DateOnly(2024, 3, 10),
        KnownAgencies =
        [
            new Agency(Sender, "North health visiting", AgencyKind.HealthVisiting, "North"),
            new Agency(new AgencyId("north-csc"), "North children's social care", AgencyKind.ChildrensSocialCare, "North"),
        ],
        KnownPersons = knownPersons ?? new Dictionary<string, PersonRole>(),
    };

    public static JsonObject MinimalTree() => JsonNode.Parse(Minimal)!.AsObject();

    public static JsonObject Event(this JsonObject tree, int index) => tree["events"]![index]!.AsObject();

    public static IntakeReadResult Read(JsonNode tree, IntakeContext? context = null) => IntakeReader.Read(tree.ToJsonString(), context ?? Context());

    /// <summary>The problems as lines, for assertions that show them all on failure.</summary>
    public static IReadOnlyList<string> Lines(this IntakeReadResult result) => [.. result.Problems.Select(p => p.ToString())];
}
