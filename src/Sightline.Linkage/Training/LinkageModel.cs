using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Linkage.Training;

/// <summary>
/// A trained Fellegi–Sunter model: the prior probability that two comparable records match,
/// and each comparison's m and u per level. Serialises to JSON for reuse; term frequencies are
/// not part of it (they are taken from the records being linked).
/// </summary>
/// <param name="Prior">P(match) for two records drawn at random from the comparable pairs.</param>
/// <param name="Comparisons">Parameters per comparison, in the settings' order.</param>
public sealed record LinkageModel(double Prior, IReadOnlyList<ComparisonParameters> Comparisons)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>How the model was trained (absent in a hand-written model).</summary>
    public TrainingSummary? Training { get; init; }

    /// <summary>The prior as a match weight, log2(prior / (1 − prior)).</summary>
    [JsonIgnore]
    public double PriorWeight => Math.Log2(Prior / (1 - Prior));

    /// <summary>The model as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    /// <exception cref="LinkageSettingsException">When the JSON is not a usable model.</exception>
    public static LinkageModel FromJson(string json)
    {
        LinkageModel? model;
        try
        {
            model = JsonSerializer.Deserialize<LinkageModel>(json, Json);
        }
        catch (JsonException e)
        {
            throw new LinkageSettingsException(e.Path ?? "model", $"not a linkage model: {e.Message}");
        }
        if (model is null || model.Comparisons is null || model.Prior is <= 0 or >= 1)
        {
            throw new LinkageSettingsException("prior", "a model needs a prior between 0 and 1 and its comparisons.");
        }
        for (var c = 0; c < model.Comparisons.Count; c++)
        {
            var levels = model.Comparisons[c].Levels;
            for (var l = 0; l < (levels?.Count ?? 0); l++)
            {
                if (levels![l].M is <= 0 or > 1 || levels[l].U is <= 0 or > 1)
                {
                    throw new LinkageSettingsException($"comparisons[{c}].levels[{l}]", "m and u must be in (0, 1].");
                }
            }
        }
        return model;
    }
}
