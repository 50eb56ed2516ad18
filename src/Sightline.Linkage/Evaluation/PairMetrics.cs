namespace Sightline.Linkage.Evaluation;

/// <summary>Pairwise accuracy against ground truth.</summary>
/// <param name="TruePositives">Predicted pairs that are true pairs.</param>
/// <param name="FalsePositives">Predicted pairs that are not.</param>
/// <param name="FalseNegatives">True pairs not predicted.</param>
public sealed record PairMetrics(long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when there is nothing to find.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
