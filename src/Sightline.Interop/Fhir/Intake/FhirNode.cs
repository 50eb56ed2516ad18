using System.Text.Json;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// A JSON object in a FHIR resource with its FHIRPath-like location. Each reader checks the JSON
/// type and cardinality that R4 gives the element, reports what is wrong at the element's path,
/// and returns null for an element that is absent or wrong, so a mapping reads on and every
/// problem of a delivery is reported at once. Elements nobody asks for are not read: FHIR lets a
/// sender carry far more than Sightline uses.
/// </summary>
internal readonly record struct FhirNode(JsonElement Json, string Path, IssueLog Log)
{
    /// <summary>A single object element (cardinality 0..1 or 1..1).</summary>
    public FhirNode? Object(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            Log.Error(FhirIssueType.Structure, path, value.ValueKind == JsonValueKind.Array
                ? "must be a single object, not an array: this element does not repeat"
                : $"must be an object, not {Describe(value)}");
            return null;
        }
        return new FhirNode(value, path, Log);
    }

    /// <summary>A repeating object element (cardinality 0..* or 1..*): an array of objects, never empty.</summary>
    public IReadOnlyList<FhirNode> Objects(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return [];
        }
        if (!IsNonEmptyArray(value, path))
        {
            return [];
        }
        var nodes = new List<FhirNode>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind == JsonValueKind.Object)
            {
                nodes.Add(new FhirNode(item, itemPath, Log));
            }
            else
            {
                Log.Error(FhirIssueType.Structure, itemPath, $"must be an object, not {Describe(item)}");
            }
        }
        return nodes;
    }

    /// <summary>A single string element (string, code, uri, id, date and so on in JSON).</summary>
    public string? String(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }
        return StringValue(value, path);
    }

    /// <summary>A repeating string element, such as <c>HumanName.given</c>.</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        if (!TryGet(name, required: false, out var value, out var path) || !IsNonEmptyArray(value, path))
        {
            return [];
        }
        var strings = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (StringValue(item, $"{path}[{index++}]") is { } text)
            {
                strings.Add(text);
            }
        }
        return strings;
    }

    /// <summary>A code from a closed list (a required binding in R4).</summary>
    public string? Code(string name, IReadOnlyList<string> allowed, bool required = false)
    {
        var code = String(name, required);
        if (code is not null && !allowed.Contains(code, StringComparer.Ordinal))
        {
            Log.Error(FhirIssueType.CodeInvalid, $"{Path}.{name}", $"'{code}' is not one of {string.Join(", ", allowed)}");
            return null;
        }
        return code;
    }

    /// <summary>A <c>date</c> that must give the whole day.</summary>
    public DateOnly? Date(string name, bool required = false)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }
        if (!FhirDates.TryReadDate(text, out var date, out var problem))
        {
            Log.Error(FhirIssueType.Value, $"{Path}.{name}", problem!);
            return null;
        }
        return date;
    }

    /// <summary>The day of a <c>dateTime</c> or <c>instant</c>.</summary>
    public DateOnly? Day(string name, bool required = false)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }
        if (!FhirDates.TryReadDay(text, out var day, out var problem))
        {
            Log.Error(FhirIssueType.Value, $"{Path}.{name}", problem!);
            return null;
        }
        return day;
    }

    /// <summary>A <c>decimal</c>: a JSON number, never a string.</summary>
    public double? Number(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            Log.Error(FhirIssueType.Structure, path, $"must be a JSON number, not {Describe(value)}");
            return null;
        }
        return number;
    }

    /// <summary>A single <c>Coding</c>.</summary>
    public FhirCoding? Coding(string name, bool required = false) =>
        Object(name, required) is { } node ? node.AsCoding() : null;

    /// <summary>A single <c>CodeableConcept</c>: at least one coding or a text.</summary>
    public FhirConcept? Concept(string name, bool required = false) =>
        Object(name, required) is { } node ? node.AsConcept() : null;

    /// <summary>A repeating <c>CodeableConcept</c>.</summary>
    public IReadOnlyList<FhirConcept> Concepts(string name, bool required = false) =>
        Objects(name, required).Select(n => n.AsConcept()).OfType<FhirConcept>().ToList();

    /// <summary>True when the element is present at all (whatever its value).</summary>
    public bool Has(string name) => Json.TryGetProperty(name, out _);

    /// <summary>This object read as a <c>Coding</c>.</summary>
    public FhirCoding? AsCoding()
    {
        var system = String("system");
        var code = String("code");
        var display = String("display");
        if (system is null && code is null && display is null)
        {
            Log.Error(FhirIssueType.Required, Path, "a Coding needs a system and code (or at least a display)");
            return null;
        }
        return new FhirCoding(system, code, display, Path);
    }

    /// <summary>This object read as a <c>CodeableConcept</c>.</summary>
    public FhirConcept? AsConcept()
    {
        var codings = Objects("coding").Select(n => n.AsCoding()).OfType<FhirCoding>().ToList();
        var text = String("text");
        if (codings.Count == 0 && text is null)
        {
            if (!Has("coding"))
            {
                Log.Error(FhirIssueType.Required, Path, "a CodeableConcept needs a coding or a text");
            }
            return null;
        }
        return new FhirConcept(codings, text, Path);
    }

    private bool TryGet(string name, bool required, out JsonElement value, out string path)
    {
        path = $"{Path}.{name}";
        if (Json.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }
        if (value.ValueKind == JsonValueKind.Null && Json.TryGetProperty(name, out _))
        {
            // R4 JSON: an element without a value is left out, never null.
            Log.Error(FhirIssueType.Structure, path, "must not be null: leave the element out instead");
        }
        else if (required)
        {
            Log.Error(FhirIssueType.Required, path, "is required");
        }
        return false;
    }

    private string? StringValue(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Log.Error(FhirIssueType.Structure, path, value.ValueKind == JsonValueKind.Array
                ? "must be a single value, not an array: this element does not repeat"
                : $"must be a JSON string, not {Describe(value)}");
            return null;
        }
        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Log.Error(FhirIssueType.Value, path, "must not be empty or only white space: leave the element out instead");
            return null;
        }
        return text.Trim();
    }

    private bool IsNonEmptyArray(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Log.Error(FhirIssueType.Structure, path, $"must be an array (this element repeats), even with one item; found {Describe(value)}");
            return false;
        }
        if (value.GetArrayLength() == 0)
        {
            Log.Error(FhirIssueType.Structure, path, "must not be an empty array: leave the element out instead");
            return false;
        }
        return true;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
