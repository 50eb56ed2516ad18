using System.Text.Json;
using Sightline.Linkage;

namespace Sightline.Interop.Linkage;

/// <summary>
/// Reads a linkage config (JSON, described in docs/linkage.md). Every problem names its field,
/// e.g. <c>febrl.json: comparisons[1].type: 'txt' is not text, date, postcode or nhs_number</c>.
/// </summary>
public static class LinkageConfigReader
{
    /// <summary>Reads and parses a config file.</summary>
    /// <exception cref="LinkageInputException">When the file is missing or not a valid config.</exception>
    public static LinkageConfig Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new LinkageInputException($"{path}: {e.Message}", e);
        }
        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>Parses config JSON; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="LinkageInputException">When it is not a valid config.</exception>
    public static LinkageConfig Parse(string json, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new LinkageInputException($"{name}: line {(e.LineNumber ?? 0) + 1}: not JSON: {e.Message}", e);
        }
        using (document)
        {
            try
            {
                return Config(document.RootElement);
            }
            catch (LinkageSettingsException e)
            {
                throw new LinkageInputException($"{name}: {e.Message}", e);
            }
        }
    }

    private static LinkageConfig Config(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new LinkageSettingsException("$", "the config must be a JSON object.");
        }
        Known(root, "$", "id_column", "threshold", "one_to_one", "comparisons", "blocking", "training");
        var id = String(Required(root, "id_column", "$"), "id_column");
        var comparisons = Array(Required(root, "comparisons", "$"), "comparisons").Select((c, i) => Comparison(c, $"comparisons[{i}]")).ToArray();
        var blocking = Array(Required(root, "blocking", "$"), "blocking").Select((b, i) => Rule(b, $"blocking[{i}]")).ToArray();
        var settings = new LinkageSettings(comparisons, blocking);
        if (root.TryGetProperty("threshold", out var threshold))
        {
            settings = settings with { Threshold = Number(threshold, "threshold", 0, 1) };
        }
        if (root.TryGetProperty("one_to_one", out var oneToOne))
        {
            settings = settings with { OneToOne = Bool(oneToOne, "one_to_one") };
        }
        if (root.TryGetProperty("training", out var training))
        {
            settings = Training(training, settings);
        }
        return new LinkageConfig(id, settings);
    }

    private static LinkageSettings Training(JsonElement e, LinkageSettings settings)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new LinkageSettingsException("training", "must be an object.");
        }
        Known(e, "training", "u_sample_pairs", "em_sample_pairs", "max_iterations", "seed", "em_fits_u");
        if (e.TryGetProperty("u_sample_pairs", out var u))
        {
            settings = settings with { USamplePairs = (int)Number(u, "training.u_sample_pairs", 1000, 100_000_000) };
        }
        if (e.TryGetProperty("em_sample_pairs", out var em))
        {
            settings = settings with { EmSamplePairs = (int)Number(em, "training.em_sample_pairs", 1000, 1_000_000_000) };
        }
        if (e.TryGetProperty("max_iterations", out var it))
        {
            settings = settings with { MaxIterations = (int)Number(it, "training.max_iterations", 1, 10_000) };
        }
        if (e.TryGetProperty("em_fits_u", out var fit))
        {
            settings = settings with { EmFitsU = Bool(fit, "training.em_fits_u") };
        }
        if (e.TryGetProperty("seed", out var seed))
        {
            settings = settings with { Seed = (int)Number(seed, "training.seed", int.MinValue, int.MaxValue) };
        }
        return settings;
    }

    private static ComparisonSpec Comparison(JsonElement e, string field)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new LinkageSettingsException(field, "must be an object.");
        }
        Known(e, field, "name", "column", "type", "levels", "term_frequency");
        var column = String(Required(e, "column", field), $"{field}.column");
        var name = e.TryGetProperty("name", out var n) ? String(n, $"{field}.name") : column;
        var typeText = e.TryGetProperty("type", out var t) ? String(t, $"{field}.type") : "text";
        var type = typeText switch
        {
            "text" => ComparisonType.Text,
            "date" => ComparisonType.Date,
            "postcode" => ComparisonType.Postcode,
            "nhs_number" => ComparisonType.NhsNumber,
            _ => throw new LinkageSettingsException($"{field}.type", $"'{typeText}' is not text, date, postcode or nhs_number."),
        };
        var levels = e.TryGetProperty("levels", out var l)
            ? Array(l, $"{field}.levels").Select((x, i) => String(x, $"{field}.levels[{i}]")).ToArray()
            : DefaultLevels(type);
        var tf = e.TryGetProperty("term_frequency", out var f) && Bool(f, $"{field}.term_frequency");
        return new ComparisonSpec(name, column, type, levels, tf);
    }

    private static string[] DefaultLevels(ComparisonType type) => type switch
    {
        ComparisonType.Date => ["exact", "day_month_swapped", "one_part_different", "years:5"],
        ComparisonType.Postcode => ["full", "sector", "district"],
        ComparisonType.NhsNumber => ["exact"],
        _ => ["exact", "jaro_winkler:0.92", "jaro_winkler:0.8"],
    };

    private static BlockingRule Rule(JsonElement e, string field)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            var keys = Array(e, field).Select((k, i) => String(k, $"{field}[{i}]")).ToArray();
            return new BlockingRule(string.Join(" & ", keys), keys);
        }
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new LinkageSettingsException(field, "must be an object with keys, or an array of keys.");
        }
        Known(e, field, "name", "keys");
        var list = Array(Required(e, "keys", field), $"{field}.keys").Select((k, i) => String(k, $"{field}.keys[{i}]")).ToArray();
        var name = e.TryGetProperty("name", out var n) ? String(n, $"{field}.name") : string.Join(" & ", list);
        return new BlockingRule(name, list);
    }

    private static void Known(JsonElement e, string field, params string[] names)
    {
        foreach (var property in e.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new LinkageSettingsException(field == "$" ? property.Name : $"{field}.{property.Name}", "is not a known field.");
            }
        }
    }

    private static JsonElement Required(JsonElement e, string property, string field) =>
        e.TryGetProperty(property, out var value)
            ? value
            : throw new LinkageSettingsException(field == "$" ? property : $"{field}.{property}", "is required.");

    private static string String(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString())
            ? e.GetString()!
            : throw new LinkageSettingsException(field, "must be a non-empty string.");

    private static bool Bool(JsonElement e, string field) =>
        e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : throw new LinkageSettingsException(field, "must be true or false.");

    private static double Number(JsonElement e, string field, double min, double max) =>
        e.ValueKind == JsonValueKind.Number && e.GetDouble() is var d && d >= min && d <= max
            ? d
            : throw new LinkageSettingsException(field, $"must be a number from {min} to {max}.");

    private static JsonElement[] Array(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > 0
            ? [.. e.EnumerateArray()]
            : throw new LinkageSettingsException(field, "must be a non-empty array.");
}
