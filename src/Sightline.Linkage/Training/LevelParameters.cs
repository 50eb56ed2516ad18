namespace Sightline.Linkage.Training;

/// <summary>One agreement level's parameters.</summary>
/// <param name="Level">The level's label ("exact", "jaro_winkler:0.9", "else").</param>
/// <param name="M">P(this level | same person).</param>
/// <param name="U">P(this level | different persons).</param>
public sealed record LevelParameters(string Level, double M, double U)
{
    /// <summary>The match weight log2(m/u): evidence for (positive) or against (negative) a match.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double Weight => Math.Log2(M / U);
}
