namespace Sightline.Core.Protocols;

/// <summary>
/// Growth centiles as z-scores. UK-WHO chart lines sit two-thirds of a standard deviation
/// apart, so a fall in centile spaces is 1.5 × the fall in z.
/// </summary>
public static class Centiles
{
    // Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9).
    private static readonly double[] A = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static readonly double[] B = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static readonly double[] C = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    private static readonly double[] D = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];

    /// <summary>The z-score of a centile strictly between 0 and 100.</summary>
    public static double ZScore(double centile)
    {
        if (centile is <= 0 or >= 100 || double.IsNaN(centile))
        {
            throw new ArgumentOutOfRangeException(nameof(centile), centile, "A centile lies strictly between 0 and 100.");
        }
        var p = centile / 100.0;
        const double low = 0.02425;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        var r = p - 0.5;
        var s = r * r;
        return (((((A[0] * s + A[1]) * s + A[2]) * s + A[3]) * s + A[4]) * s + A[5]) * r / (((((B[0] * s + B[1]) * s + B[2]) * s + B[3]) * s + B[4]) * s + 1);
    }

    /// <summary>How many centile spaces <paramref name="current"/> lies below <paramref name="highest"/>.</summary>
    public static double SpacesFallen(double highest, double current) => 1.5 * (ZScore(highest) - ZScore(current));
}
