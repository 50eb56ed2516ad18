using System.Text.Json.Nodes;

namespace Sightline.Web.Fhir;

/// <summary>The examples of <c>POST /fhir</c> in the OpenAPI description: an emergency department's attendance (docs/fhir.md has the whole of it), the reply and a refusal.</summary>
internal static class FhirExamples
{
    public static JsonNode Request { get; } = JsonNode.Parse("""
        {
          "resourceType": "Bundle",
          "type": "transaction",
          "entry": [
            {
              "fullUrl": "https://ed.northmoor.example.nhs.uk/fhir/Patient/ed-48213",
              "resource": {
                "resourceType": "Patient", "id": "ed-48213",
                "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765951"}],
                "name": [{"use": "official", "family": "Shaw", "given": ["Lily"]}],
                "gender": "female", "birthDate": "2026-09-10", "address": [{"use": "home", "postalCode": "NM4 2QT"}]
              },
              "request": {"method": "PUT", "url": "Patient/ed-48213"}
            },
            {
              "fullUrl": "https://ed.northmoor.example.nhs.uk/fhir/Encounter/att-7730",
              "resource": {
                "resourceType": "Encounter", "id": "att-7730", "status": "finished",
                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER", "display": "emergency"},
                "subject": {"reference": "Patient/ed-48213"},
                "period": {"start": "2026-11-14T21:40:00+00:00", "end": "2026-11-15T01:10:00+00:00"},
                "reasonCode": [{"text": "Crying, not settling; mark on ear"}]
              },
              "request": {"method": "PUT", "url": "Encounter/att-7730"}
            }
          ]
        }
        """)!;

    public static JsonNode Reply { get; } = JsonNode.Parse("""
        {
          "resourceType": "Bundle",
          "meta": {"extension": [{"url": "https://sightline.example/fhir/StructureDefinition/intake-receipt", "extension": [
            {"url": "eventsStored", "valueInteger": 1}, {"url": "eventsAlreadyPresent", "valueInteger": 0},
            {"url": "personsAdded", "valueInteger": 1}, {"url": "personsUpdated", "valueInteger": 0},
            {"url": "alertsRaised", "valueInteger": 0}]}]},
          "type": "transaction-response",
          "entry": [
            {"response": {"status": "200 OK", "outcome": {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
              "diagnostics": "Patient/ed-48213: Recorded as person northmoor-ed:ed-48213 (child).", "expression": ["Bundle.entry[0]"]}]}}},
            {"response": {"status": "200 OK", "outcome": {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
              "diagnostics": "Encounter/att-7730: Recorded as attendance on 2026-11-14 (source id Encounter/att-7730).", "expression": ["Bundle.entry[1]"]}]}}}
          ]
        }
        """)!;

    public static JsonNode Invalid { get; } = JsonNode.Parse("""
        {"resourceType": "OperationOutcome", "issue": [
          {"severity": "error", "code": "value", "diagnostics": "'9434765952' is not a valid NHS number: ten digits, the last being the Modulus 11 check digit of the first nine", "expression": ["Bundle.entry[0].resource.identifier[0].value"]},
          {"severity": "error", "code": "required", "diagnostics": "is required", "expression": ["Bundle.entry[1].resource.subject"]}]}
        """)!;
}
