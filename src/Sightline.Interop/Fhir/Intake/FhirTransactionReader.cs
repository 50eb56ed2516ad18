using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sightline.Core.Agencies;
using Sightline.Core.Intake;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// Reads a FHIR R4 transaction <c>Bundle</c> (JSON) from one agency into one
/// <see cref="IntakeBatch"/>, checking the R4 rules it relies on and Sightline's profile
/// (<c>docs/fhir.md</c>). Pure: bytes in, the batch or every issue out. The bundle is checked
/// whole; any issue means nothing of it is to be stored.
/// </summary>
public static partial class FhirTransactionReader
{
    /// <summary>The resource types a transaction may carry, in the order they are mapped.</summary>
    public static IReadOnlyList<string> ResourceTypes { get; } = ["Patient", "RelatedPerson", "Encounter", "Observation", "Condition", "Flag"];

    private static readonly string[] BundleTypes = ["document", "message", "transaction", "transaction-response", "batch", "batch-response", "history", "searchset", "collection"];
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"];

    private static readonly Dictionary<string, Action<BundleEntry, MappingContext>> Mappings = new(StringComparer.Ordinal)
    {
        ["Patient"] = PatientMapping.Map,
        ["RelatedPerson"] = RelatedPersonMapping.Map,
        ["Encounter"] = EncounterMapping.Map,
        ["Observation"] = ObservationMapping.Map,
        ["Condition"] = ConditionMapping.Map,
        ["Flag"] = FlagMapping.Map,
    };

    /// <summary>Reads a transaction sent by <paramref name="sendingAgency"/>.</summary>
    /// <param name="json">The request body, UTF-8 JSON.</param>
    /// <param name="sendingAgency">The caller's agency: it records every event, and every person is its record.</param>
    public static FhirTransaction Read(ReadOnlyMemory<byte> json, AgencyId sendingAgency)
    {
        var log = new IssueLog();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException invalid)
        {
            log.Fatal(FhirIssueType.Structure, "Bundle", $"the body is not valid JSON: {invalid.Message}");
            return new FhirTransaction(null, log.Issues, []);
        }
        using (document)
        {
            return ReadBundle(document.RootElement, sendingAgency, log);
        }
    }

    /// <summary>Reads a transaction given as text.</summary>
    /// <param name="json">The bundle's JSON.</param>
    /// <param name="sendingAgency">The caller's agency.</param>
    public static FhirTransaction Read(string json, AgencyId sendingAgency)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), sendingAgency);
    }

    private static FhirTransaction ReadBundle(JsonElement root, AgencyId agency, IssueLog log)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            log.Fatal(FhirIssueType.Structure, "Bundle", "the body must be a JSON object: a FHIR Bundle");
            return new FhirTransaction(null, log.Issues, []);
        }
        var resourceType = root.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
        if (resourceType != "Bundle")
        {
            log.Fatal(resourceType is null ? FhirIssueType.Required : FhirIssueType.NotSupported, "Bundle",
                resourceType is null
                    ? "the body has no resourceType: POST /fhir takes a FHIR Bundle of type transaction"
                    : $"the body is a {resourceType}: POST /fhir takes a FHIR Bundle of type transaction");
            return new FhirTransaction(null, log.Issues, []);
        }
        var bundle = new FhirNode(root, "Bundle", log);
        CheckModifiers(bundle);
        var bundleType = bundle.Code("type", BundleTypes, required: true);
        if (bundleType is not null and not "transaction")
        {
            log.Error(FhirIssueType.Value, "Bundle.type", $"must be transaction, not {bundleType}: Sightline records a delivery whole or not at all");
        }
        var index = new BundleIndex();
        var entries = bundle.Objects("entry")
            .Select((entry, i) => ReadEntry(entry, i, bundleType == "transaction", index, log))
            .OfType<BundleEntry>()
            .ToList();
        var context = new MappingContext(agency, index, log);
        foreach (var resourceTypeInOrder in ResourceTypes)
        {
            foreach (var entry in entries.Where(e => e.ResourceType == resourceTypeInOrder))
            {
                Mappings[resourceTypeInOrder](entry, context);
            }
        }
        CheckAges(context);
        return log.IsEmpty
            ? new FhirTransaction(context.ToBatch(), [], context.Outcomes)
            : new FhirTransaction(null, log.Issues, []);
    }

    /// <summary>Checks an entry's request and resource and indexes it; null when it cannot be mapped.</summary>
    private static BundleEntry? ReadEntry(FhirNode entry, int position, bool isTransaction, BundleIndex index, IssueLog log)
    {
        var fullUrl = entry.String("fullUrl");
        if (fullUrl is not null && fullUrl.Contains("/_history/", StringComparison.Ordinal))
        {
            log.Error(FhirIssueType.Invariant, $"{entry.Path}.fullUrl", "must not name a version of a resource (bdl-8)");
        }
        var request = entry.Object("request", required: isTransaction);
        var method = request?.Code("method", Methods, required: true);
        var url = request?.String("url", required: true);
        var resource = entry.Object("resource", required: true);
        if (resource is not { } node)
        {
            return null;
        }
        CheckModifiers(node);
        var type = node.String("resourceType", required: true);
        if (type is null)
        {
            return null;
        }
        if (!Mappings.ContainsKey(type))
        {
            log.Error(FhirIssueType.NotSupported, $"{node.Path}.resourceType",
                $"Sightline does not take a {type} here: an entry's resource is one of {string.Join(", ", ResourceTypes)}");
            return null;
        }
        var id = node.String("id");
        if (id is not null && !FhirId().IsMatch(id))
        {
            log.Error(FhirIssueType.Value, $"{node.Path}.id", $"'{id}' is not a FHIR id: 1 to 64 letters, digits, '-' or '.'");
            return null;
        }
        var localId = id ?? LocalIdOf(fullUrl);
        if (localId is null)
        {
            log.Error(FhirIssueType.Required, $"{node.Path}.id",
                "is required, or a fullUrl ending in an id (urn:uuid:…, or …/{type}/{id}): Sightline keeps the sender's id so that a bundle sent twice is stored once");
            return null;
        }
        CheckRequest(request, method, url, type, id, log);
        var read = new BundleEntry(position, node, type, id, fullUrl, localId);
        if (!index.TryAdd(read, out var clash))
        {
            log.Error(FhirIssueType.Duplicate, entry.Path, $"{read.Key} is also Bundle.entry[{clash!.Index}]: a transaction names each resource once (bdl-7)");
            return null;
        }
        return read;
    }

    /// <summary>
    /// A transaction entry creates (POST, to the type) or updates (PUT, to the type and id) its
    /// resource. Sightline never deletes, reads or patches through a transaction.
    /// </summary>
    private static void CheckRequest(FhirNode? request, string? method, string? url, string type, string? id, IssueLog log)
    {
        if (request is not { } r || method is null || url is null)
        {
            return;
        }
        if (method is not ("POST" or "PUT"))
        {
            log.Error(FhirIssueType.NotSupported, $"{r.Path}.method", $"Sightline records resources (POST or PUT); {method} is not taken: nothing recorded is ever deleted or changed");
            return;
        }
        var target = url.Split('?', 2)[0];
        var expected = method == "PUT" ? $"{type}/{id}" : type;
        if (method == "PUT" && id is null)
        {
            log.Error(FhirIssueType.Required, $"{r.Path}.url", $"a PUT updates {type}/[id]: the resource needs its id");
        }
        else if (!string.Equals(target, expected, StringComparison.Ordinal))
        {
            log.Error(FhirIssueType.Value, $"{r.Path}.url", $"'{url}' does not match the resource: a {method} of this {type} goes to {expected}");
        }
    }

    /// <summary>
    /// R4: a resource (or element) with a modifier extension, or implicit rules, that the receiver
    /// does not understand must not be processed as if they were absent.
    /// </summary>
    private static void CheckModifiers(FhirNode resource)
    {
        if (resource.Has("modifierExtension"))
        {
            resource.Log.Error(FhirIssueType.Extension, $"{resource.Path}.modifierExtension", "Sightline understands no modifier extension, so it cannot record this resource safely");
        }
        if (resource.Has("implicitRules"))
        {
            resource.Log.Error(FhirIssueType.NotSupported, $"{resource.Path}.implicitRules", "Sightline does not know these rules, so it cannot record this resource safely");
        }
    }

    /// <summary>An event about a patient must fall on or after their birth, and while they are a child.</summary>
    private static void CheckAges(MappingContext context)
    {
        var born = context.Persons.Where(p => p.Entry.ResourceType == "Patient" && p.Person.Born is not null)
            .ToDictionary(p => p.Person.Id, p => p.Person.Born!.Value);
        foreach (var mapped in context.Events)
        {
            if (!born.TryGetValue(mapped.Patient, out var birth))
            {
                continue;
            }
            var date = mapped.Event.Event.Date;
            if (date < birth)
            {
                context.Log.Error(FhirIssueType.BusinessRule, mapped.DatePath, $"{date:yyyy-MM-dd} is before the patient was born ({birth:yyyy-MM-dd})");
            }
            else if (date >= birth.AddYears(18))
            {
                context.Log.Error(FhirIssueType.BusinessRule, mapped.DatePath,
                    $"the patient was 18 or over on {date:yyyy-MM-dd}: a Patient here is a child; an adult comes as a RelatedPerson");
            }
        }
    }

    /// <summary>The id at the end of a fullUrl: <c>urn:uuid:X</c>, <c>urn:oid:X</c>, or a RESTful <c>…/Type/id</c>.</summary>
    private static string? LocalIdOf(string? fullUrl)
    {
        if (fullUrl is null)
        {
            return null;
        }
        foreach (var prefix in new[] { "urn:uuid:", "urn:oid:" })
        {
            if (fullUrl.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && FhirId().IsMatch(fullUrl[prefix.Length..]))
            {
                return fullUrl[prefix.Length..];
            }
        }
        var tail = fullUrl[(fullUrl.LastIndexOf('/') + 1)..];
        return fullUrl.StartsWith("http", StringComparison.OrdinalIgnoreCase) && FhirId().IsMatch(tail) ? tail : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-.]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex FhirId();
}
