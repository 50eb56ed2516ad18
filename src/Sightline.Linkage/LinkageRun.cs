using Sightline.Linkage.Clustering;
using Sightline.Linkage.Scoring;
using Sightline.Linkage.Training;

namespace Sightline.Linkage;

/// <summary>The whole pipeline in one call: prepare, block, train (unless a model is given), score, assign, cluster.</summary>
public static class LinkageRun
{
    /// <summary>Links or deduplicates <paramref name="records"/> under <paramref name="settings"/>.</summary>
    public static LinkageResult Execute(RecordTable records, LinkageSettings settings, LinkageModel? model = null, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(settings);
        var session = new LinkageSession(settings, records, progress);
        var candidates = session.Block();
        progress?.Invoke($"blocking: {candidates.Count:N0} candidate pairs of {candidates.ComparablePairs:N0} comparable");
        model ??= session.Train(candidates);
        IReadOnlyList<ScoredPair> pairs = session.Score(model, candidates, settings.Threshold);
        progress?.Invoke($"scoring: {pairs.Count:N0} pairs at or above {settings.Threshold}");
        if (settings.OneToOne && session.IsLink)
        {
            pairs = OneToOne.Assign(pairs, records.Sources);
            progress?.Invoke($"one-to-one: {pairs.Count:N0} pairs kept");
        }
        var ordered = pairs.OrderBy(p => p.Left).ThenBy(p => p.Right).ToArray();
        var clusters = Clusters.FromPairs(records.Count, ordered, settings.Threshold);
        return new LinkageResult(model, candidates.Report, candidates.Count, ordered, clusters);
    }
}
