namespace Sightline.Demo.Families;

/// <summary>
/// A child's weight follows its own centile line with a little measurement noise. The noise is
/// kept within a third of a standard deviation, so an ordinary child never drifts the two centile
/// spaces that would mean faltering growth.
/// </summary>
internal sealed class GrowthLine(Random random)
{
    private readonly Dictionary<Member, double> _lineOf = [];

    /// <summary>A measured centile, rounded to a whole number as charts are read.</summary>
    public double Measure(Member child)
    {
        if (!_lineOf.TryGetValue(child, out var line))
        {
            line = (random.NextDouble() * 2.6) - 1.3;
            _lineOf[child] = line;
        }
        var z = line + ((random.NextDouble() - 0.5) * 0.6);
        return Math.Clamp(Math.Round(100 * NormalCdf(z)), 1, 99);
    }

    /// <summary>The standard normal distribution function (Abramowitz and Stegun 7.1.26, error under 1.5e-7).</summary>
    private static double NormalCdf(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        var t = 1 / (1 + (0.3275911 * x));
        var poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        var erf = 1 - (poly * Math.Exp(-x * x));
        return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }
}
