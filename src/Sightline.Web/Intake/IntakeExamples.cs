using System.Text.Json.Nodes;

namespace Sightline.Web.Intake;

/// <summary>The examples of <c>POST /api/events</c> in the OpenAPI description: a health visitor's batch, its reply and a refusal.</summary>
internal static class IntakeExamples
{
    public static JsonNode Request { get; } = JsonNode.Parse("""
        {
          "agency": "aldermere-hv",
          "persons": [
            {"id": "HV-20417", "role": "mother", "sex": "female", "born": "1998-05-01", "name": "Amy Kay", "nhsNumber": "943 476 5919", "postcode": "AL1 2BQ", "localAuthority": "Aldermere"},
            {"id": "HV-20418", "role": "child", "sex": "male", "born": "2026-09-25", "name": "Kit Kay", "localAuthority": "Aldermere"}
          ],
          "relationships": [
            {"from": "HV-20417", "to": "HV-20418", "type": "parent"},
            {"household": ["HV-20417", "HV-20418"]}
          ],
          "events": [
            {"sourceId": "visit-88121", "date": "2026-11-16", "kind": "contact", "subjects": ["HV-20418", "HV-20417"], "mode": "home-visit", "childSeen": true},
            {"sourceId": "obs-88130", "date": "2026-11-20", "kind": "injury", "subjects": ["HV-20418"], "injury": "bruise", "site": "upper arm", "explanation": "caught in the cot bars", "note": "Photographed with consent."}
          ]
        }
        """)!;

    public static IntakeReply Reply { get; } = new(
        EventsStored: 2,
        EventsAlreadyPresent: 0,
        PersonsAdded: 2,
        PersonsUpdated: 0,
        AgenciesAdded: 0,
        AlertsRaised: 1,
        Alerts:
        [
            new IntakeAlert(
                "bruising-non-mobile",
                new DateOnly(2026, 11, 20),
                ["aldermere-hv:HV-20418"],
                ["aldermere-hv", "aldermere-csc"],
                new DateOnly(2026, 11, 23),
                "Bruise on a non-mobile 8-week-old (explanation given: caught in the cot bars). Refer to children's social care and hold a strategy discussion by 23 Nov 2026."),
        ]);

    public static JsonNode Invalid { get; } = JsonNode.Parse("""
        {
          "type": "urn:sightline:problem:invalid-batch",
          "title": "The batch has problems, so nothing of it was stored.",
          "status": 422,
          "detail": "2 problems found; fix them all and send the batch again.",
          "errors": [
            {"pointer": "/events/1/injury", "detail": "'graze' is not one of bruise, fracture, burn, head-injury, bite, other"},
            {"pointer": "/events/1/site", "detail": "an injury event needs 'site'"}
          ]
        }
        """)!;

    public static JsonNode OtherAgency { get; } = JsonNode.Parse("""
        {
          "type": "urn:sightline:problem:other-agency",
          "title": "An agency sends its own records only, so nothing of the batch was stored.",
          "status": 403,
          "detail": "The batch names an agency other than yours as its sender or as an event's recording agency.",
          "errors": [
            {"pointer": "/agency", "detail": "'aldermere-csc' is not the sending agency 'aldermere-hv': an agency sends its own records only"}
          ]
        }
        """)!;
}
