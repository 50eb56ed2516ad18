using Sightline.Linkage.Blocking;
using Sightline.Linkage.Comparisons;
using Sightline.Linkage.Scoring;
using Sightline.Linkage.Training;

namespace Sightline.Linkage;

/// <summary>
/// Records prepared for linkage under some settings: every comparison's values normalised and
/// encoded and every blocking key computed once. One source is deduplicated; two or more are
/// linked (pairs only across sources).
/// </summary>
public sealed class LinkageSession
{
    private readonly PreparedComparison[] _comparisons;
    private readonly int[][] _keys;
    private readonly Action<string>? _progress;
    private Scorer? _scorer;

    /// <summary>Prepares <paramref name="records"/>; progress messages go to <paramref name="progress"/>.</summary>
    /// <exception cref="LinkageSettingsException">When the settings do not fit the records.</exception>
    public LinkageSession(LinkageSettings settings, RecordTable records, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(records);
        Settings = settings;
        Records = records;
        _progress = progress;
        if (settings.Comparisons.Count is 0 or > 16)
        {
            throw new LinkageSettingsException("comparisons", "between 1 and 16 comparisons are needed.");
        }
        if (settings.BlockingRules.Count == 0)
        {
            throw new LinkageSettingsException("blocking", "at least one blocking rule is needed.");
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < settings.Comparisons.Count; k++)
        {
            if (!names.Add(settings.Comparisons[k].Name))
            {
                throw new LinkageSettingsException($"comparisons[{k}].name", $"'{settings.Comparisons[k].Name}' is used twice.");
            }
        }
        if (settings.Threshold is < 0 or > 1)
        {
            throw new LinkageSettingsException("threshold", "must be between 0 and 1.");
        }
        _comparisons = settings.Comparisons.Select((c, k) => PreparedComparison.Create(c, records, $"comparisons[{k}]")).ToArray();
        _keys = settings.BlockingRules.Select((r, i) => BlockingKeys.Compute(r, records, $"blocking[{i}]")).ToArray();
        progress?.Invoke($"prepared {records.Count:N0} records from {records.SourceCount} source(s), {_comparisons.Length} comparisons, {_keys.Length} blocking rules");
    }

    /// <summary>The settings.</summary>
    public LinkageSettings Settings { get; }

    /// <summary>The records.</summary>
    public RecordTable Records { get; }

    /// <summary>True when linking two or more sources rather than deduplicating one.</summary>
    public bool IsLink => Records.SourceCount > 1;

    /// <summary>The candidate pairs: the union of the blocking rules' pairs, each once.</summary>
    public CandidatePairs Block() => PairGenerator.Generate(Settings.BlockingRules, _keys, Records.Sources, IsLink, _progress);

    /// <summary>Trains a model on these records: u by random sampling, m and the prior by EM over the candidates.</summary>
    public LinkageModel Train(CandidatePairs candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return Trainer.Train(_comparisons, Records, candidates, Settings, _progress);
    }

    /// <summary>Every candidate pair with probability at or above <paramref name="threshold"/>, in candidate order.</summary>
    public IReadOnlyList<ScoredPair> Score(LinkageModel model, CandidatePairs candidates, double threshold)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return ScorerFor(model).Score(candidates, threshold);
    }

    /// <summary>The match probability of two records (by index) under a model.</summary>
    public double Probability(LinkageModel model, int left, int right) =>
        Scorer.Probability(ScorerFor(model).Weight(left, right));

    /// <summary>Each comparison's level and weight for two records, and the resulting probability.</summary>
    public PairExplanation Explain(LinkageModel model, int left, int right) =>
        ScorerFor(model).Explain(Records, left, right);

    // Building a scorer lays out every record's features; reuse it while the model is the same.
    private Scorer ScorerFor(LinkageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var scorer = _scorer;
        if (scorer is null || !ReferenceEquals(scorer.Model, model))
        {
            _scorer = scorer = new Scorer(_comparisons, model);
        }
        return scorer;
    }
}
