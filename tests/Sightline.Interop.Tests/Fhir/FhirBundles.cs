using System.Text.Json.Nodes;

namespace Sightline.Interop.Tests.Fhir;

/// <summary>
/// Small FHIR R4 resources and transaction bundles for tests, as JSON nodes a test can spoil
/// (remove a subject, change a code) before sending. Shared with the HTTP tests.
/// </summary>
public static class FhirBundles
{
    public const string NhsSystem = "https://fhir.nhs.uk/Id/nhs-number";
    public const string Snomed = "http://snomed.info/sct";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public const string RoleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    /// <summary>A transaction of the resources, each PUT to its type and id.</summary>
    public static JsonObject Transaction(params JsonObject[] resources) => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = "transaction",
        ["entry"] = new JsonArray([.. resources.Select(Entry)]),
    };

    /// <summary>A transaction entry for a resource: fullUrl, the resource, and a PUT.</summary>
    public static JsonObject Entry(JsonObject resource)
    {
        var type = (string)resource["resourceType"]!;
        var id = (string)resource["id"]!;
        return new JsonObject
        {
            ["fullUrl"] = $"https://ed.example.nhs.uk/fhir/{type}/{id}",
            ["resource"] = resource,
            ["request"] = new JsonObject { ["method"] = "PUT", ["url"] = $"{type}/{id}" },
        };
    }

    public static JsonObject Patient(string id, string? nhsNumber, string born, string given = "Ruby", string family = "Hart", string gender = "female", string? postcode = "NM1 4AB")
    {
        var patient = new JsonObject
        {
            ["resourceType"] = "Patient",
            ["id"] = id,
            ["name"] = new JsonArray(new JsonObject { ["use"] = "official", ["family"] = family, ["given"] = new JsonArray(given) }),
            ["gender"] = gender,
            ["birthDate"] = born,
        };
        if (nhsNumber is not null)
        {
            patient["identifier"] = new JsonArray(new JsonObject { ["system"] = NhsSystem, ["value"] = nhsNumber });
        }
        if (postcode is not null)
        {
            patient["address"] = new JsonArray(new JsonObject { ["use"] = "home", ["postalCode"] = postcode });
        }
        return patient;
    }

    public static JsonObject RelatedPerson(string id, string patient, string relationship, string given, string family, string gender, string? born = null, string? nhsNumber = null)
    {
        var related = new JsonObject
        {
            ["resourceType"] = "RelatedPerson",
            ["id"] = id,
            ["patient"] = Reference($"Patient/{patient}"),
            ["relationship"] = new JsonArray(Concept(RoleCode, relationship, null)),
            ["name"] = new JsonArray(new JsonObject { ["family"] = family, ["given"] = new JsonArray(given) }),
            ["gender"] = gender,
        };
        if (born is not null)
        {
            related["birthDate"] = born;
        }
        if (nhsNumber is not null)
        {
            related["identifier"] = new JsonArray(new JsonObject { ["system"] = NhsSystem, ["value"] = nhsNumber });
        }
        return related;
    }

    /// <summary>An encounter of an ActCode class (EMER, IMP, …) from a day to, optionally, another.</summary>
    public static JsonObject Encounter(string id, string patient, string encounterClass, string start, string? end, string reason, string status = "finished", string? disposition = null)
    {
        var period = new JsonObject { ["start"] = start };
        if (end is not null)
        {
            period["end"] = end;
        }
        var encounter = new JsonObject
        {
            ["resourceType"] = "Encounter",
            ["id"] = id,
            ["status"] = status,
            ["class"] = new JsonObject { ["system"] = ActCode, ["code"] = encounterClass },
            ["subject"] = Reference($"Patient/{patient}"),
            ["period"] = period,
            ["reasonCode"] = new JsonArray(new JsonObject { ["text"] = reason }),
        };
        if (disposition is not null)
        {
            encounter["hospitalization"] = new JsonObject { ["dischargeDisposition"] = new JsonObject { ["text"] = disposition } };
        }
        return encounter;
    }

    /// <summary>An injury seen, as an Observation with a SNOMED CT code and a body site.</summary>
    public static JsonObject InjuryObservation(string id, string patient, string snomed, string display, string seen, string site, string? note = null)
    {
        var observation = new JsonObject
        {
            ["resourceType"] = "Observation",
            ["id"] = id,
            ["status"] = "final",
            ["code"] = Concept(Snomed, snomed, display),
            ["subject"] = Reference($"Patient/{patient}"),
            ["effectiveDateTime"] = seen,
            ["bodySite"] = new JsonObject { ["text"] = site },
        };
        if (note is not null)
        {
            observation["note"] = new JsonArray(new JsonObject { ["text"] = note });
        }
        return observation;
    }

    /// <summary>An injury as a Condition recorded on a day.</summary>
    public static JsonObject InjuryCondition(string id, string patient, string snomed, string display, string recorded, string site) => new()
    {
        ["resourceType"] = "Condition",
        ["id"] = id,
        ["clinicalStatus"] = Concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null),
        ["verificationStatus"] = Concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", null),
        ["code"] = Concept(Snomed, snomed, display),
        ["bodySite"] = new JsonArray(new JsonObject { ["text"] = site }),
        ["subject"] = Reference($"Patient/{patient}"),
        ["recordedDate"] = recorded,
    };

    /// <summary>A weight-for-age centile (LOINC 8336-0).</summary>
    public static JsonObject WeightCentile(string id, string patient, string measured, double centile) => new()
    {
        ["resourceType"] = "Observation",
        ["id"] = id,
        ["status"] = "final",
        ["code"] = Concept("http://loinc.org", "8336-0", "Body weight [Percentile] Per age"),
        ["subject"] = Reference($"Patient/{patient}"),
        ["effectiveDateTime"] = measured,
        ["valueQuantity"] = new JsonObject { ["value"] = centile, ["unit"] = "%", ["system"] = "http://unitsofmeasure.org", ["code"] = "%" },
    };

    public static JsonObject Flag(string id, string patient, string text) => new()
    {
        ["resourceType"] = "Flag",
        ["id"] = id,
        ["status"] = "active",
        ["code"] = new JsonObject { ["text"] = text },
        ["subject"] = Reference($"Patient/{patient}"),
        ["period"] = new JsonObject { ["start"] = "2026-11-02" },
    };

    public static JsonObject Reference(string reference) => new() { ["reference"] = reference };

    public static JsonObject Concept(string system, string code, string? display)
    {
        var coding = new JsonObject { ["system"] = system, ["code"] = code };
        if (display is not null)
        {
            coding["display"] = display;
        }
        return new JsonObject { ["coding"] = new JsonArray(coding) };
    }

    /// <summary>The example transaction of docs/fhir.md: the JSON block after its marker.</summary>
    public static string DocumentedExample()
    {
        const string Marker = "<!-- example: transaction -->";
        var text = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "fhir.md"));
        var start = text.IndexOf("```json\n", text.IndexOf(Marker, StringComparison.Ordinal), StringComparison.Ordinal) + "```json\n".Length;
        return text[start..text.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    /// <summary>The resource of entry <paramref name="index"/>, to spoil.</summary>
    public static JsonObject Resource(JsonObject bundle, int index) => bundle["entry"]![index]!["resource"]!.AsObject();
}
