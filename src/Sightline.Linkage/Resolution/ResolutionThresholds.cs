namespace Sightline.Linkage.Resolution;

/// <summary>
/// Where the model's match probability decides: at or above <see cref="Link"/> two records are
/// linked at once; from <see cref="Review"/> up to it, the pair waits on the review list for a
/// person to decide; below, they are left apart.
/// </summary>
/// <param name="Link">The upper threshold.</param>
/// <param name="Review">The lower threshold.</param>
public sealed record ResolutionThresholds(double Link, double Review)
{
    /// <summary>
    /// Link only when the evidence is overwhelming (a full name and date of birth, or a name and a
    /// full postcode); ask a person from even odds, because two records of a father left apart are
    /// what the reviews found, and a wrong link is undone on the review list.
    /// </summary>
    public static ResolutionThresholds Default { get; } = new(0.995, 0.5);

    /// <summary>Why these thresholds cannot be used, or null when they can.</summary>
    public string? Problem() =>
        Review is <= 0 or >= 1 || Link is <= 0 or >= 1 ? "thresholds must lie strictly between 0 and 1"
        : Review >= Link ? "the review threshold must be below the link threshold"
        : null;
}
