using System.Text.Json.Nodes;

namespace Sightline.Web.Fhir;

/// <summary>Examples of <c>POST /fhir</c> for the OpenAPI description: a small transaction, its reply and a refusal.</summary>
internal static class FhirExamples
{
    /// <summary>A transaction: a baby and her emergency attendance.</summary>
    public static JsonNode Transaction => JsonNode.Parse("""
        {
          "resourceType": "Bundle",
          "type": "transaction",
          "entry": [
            {
              "fullUrl": "urn:uuid:6f1c0a52-0000-4000-8000-000000000001",
              "resource": {
                "resourceType": "Patient",
                "id": "P-1001",
                "identifier": [{ "system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919" }],
                "name": [{ "family": "Hart", "given": ["Ruby"] }],
                "gender": "female",
                "birthDate": "2026-09-01",
                "address": [{ "postalCode": "SE11 5QY" }]
              },
              "request": { "method": "PUT", "url": "Patient/P-1001" }
            },
            {
              "resource": {
                "resourceType": "Encounter",
                "id": "E-77",
                "status": "finished",
                "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER" },
                "subject": { "reference": "urn:uuid:6f1c0a52-0000-4000-8000-000000000001" },
                "period": { "start": "2026-11-20T21:40:00Z" },
                "reasonCode": [{ "text": "fall from sofa" }]
              },
              "request": { "method": "PUT", "url": "Encounter/E-77" }
            }
          ]
        }
        """)!;

    /// <summary>The transaction-response.</summary>
    public static JsonNode Response => JsonNode.Parse("""
        {
          "resourceType": "Bundle",
          "type": "transaction-response",
          "entry": [
            { "response": { "status": "200 OK", "location": "Patient/P-1001" } },
            { "response": { "status": "200 OK", "location": "Encounter/E-77" } }
          ]
        }
        """)!;

    /// <summary>A refusal: every problem at its path.</summary>
    public static JsonNode Invalid => JsonNode.Parse("""
        {
          "resourceType": "OperationOutcome",
          "issue": [
            {
              "severity": "error",
              "code": "invalid",
              "diagnostics": "the NHS number 9434765918 fails its check digit",
              "expression": ["Bundle.entry[0].resource.identifier[0].value"]
            }
          ]
        }
        """)!;
}
