using System.Text.Json;
using Sightline.Linkage.Scoring;

namespace Sightline.Storage.Resolution;

/// <summary>The evidence of a decision as stored: each comparison's level, values and weight.</summary>
internal static class EvidenceJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<ComparisonEvidence> evidence) => JsonSerializer.Serialize(evidence, Options);

    public static IReadOnlyList<ComparisonEvidence> Read(string json) =>
        JsonSerializer.Deserialize<ComparisonEvidence[]>(json, Options) ?? [];
}
