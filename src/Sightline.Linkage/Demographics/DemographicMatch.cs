using Sightline.Core.Persons;

namespace Sightline.Linkage.Demographics;

/// <summary>How well a stored person matches a <see cref="DemographicQuery"/>.</summary>
/// <param name="Person">The candidate.</param>
/// <param name="Probability">The match probability, 0 to 1 (see <see cref="DemographicMatcher"/>).</param>
/// <param name="Weight">The match weight in bits: the prior's plus each comparison's.</param>
/// <param name="Evidence">Each comparison's level in words, e.g. <c>given name: known alias (bill, william)</c>.</param>
public sealed record DemographicMatch(Person Person, double Probability, double Weight, IReadOnlyList<string> Evidence)
{
    /// <summary>True when the match is confident enough to act on (<see cref="DemographicMatcher.ConfidentProbability"/>).</summary>
    public bool IsConfident => Probability >= DemographicMatcher.ConfidentProbability;
}
