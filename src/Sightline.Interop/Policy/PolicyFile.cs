using System.Text.Json;
using System.Text.Json.Serialization;
using Sightline.Core.Protocols;
using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Policy;

/// <summary>
/// A safeguarding partnership's policy file (<c>sightline-policy/1</c>): its thresholds and local
/// choices. Every setting is optional and defaults to the rule contract's value; an unknown
/// setting is an error, because a misspelt threshold must not silently keep its default.
/// </summary>
public static class PolicyFile
{
    /// <summary>The format identifier a policy file must carry.</summary>
    public const string Format = "sightline-policy/1";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Reads a policy file; throws <see cref="PolicyFileException"/> naming the file, line and JSON path of the first problem.</summary>
    public static PartnershipPolicy Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolicyFileException($"{Path.GetFileName(path)}: cannot read the file: {e.Message}", e);
        }
        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>Reads policy JSON; <paramref name="name"/> names it in errors.</summary>
    public static PartnershipPolicy Parse(string json, string name)
    {
        try
        {
            var document = JsonSerializer.Deserialize<PolicyDocument>(json, Options)
                ?? throw new PolicyFileException($"{name}: $: the policy file is empty (null).");
            if (document.Format != Format)
            {
                throw new PolicyFileException($"{name}: $.format: must be \"{Format}\", got \"{document.Format}\".");
            }
            return new PartnershipPolicy(document.Partnership ?? "Default (the rule contract's values)", document.Settings ?? ProtocolSettings.Default);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            var message = e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "unknown setting" : e.Message.Split(" Path:")[0];
            throw new PolicyFileException($"{name}: {e.Path ?? "$"}{where}: {message}", e);
        }
    }

    /// <summary>Writes a policy file holding the given settings, every one of them spelt out.</summary>
    public static string Write(PartnershipPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return JsonSerializer.Serialize(new PolicyDocument { Format = Format, Partnership = policy.Partnership, Settings = policy.Settings }, Options);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            WriteIndented = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(Wire.Naming, allowIntegerValues: false));
        options.Converters.Add(new TimescaleJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record PolicyDocument
    {
        public string? Format { get; init; }

        public string? Partnership { get; init; }

        public ProtocolSettings? Settings { get; init; }
    }
}
