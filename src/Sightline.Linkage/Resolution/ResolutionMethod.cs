namespace Sightline.Linkage.Resolution;

/// <summary>How a link was made.</summary>
public enum ResolutionMethod
{
    /// <summary>Both records carry the same NHS number with a valid check digit.</summary>
    NhsNumber,

    /// <summary>The person model's match probability reached the link threshold.</summary>
    Model,

    /// <summary>A practitioner decided on the review list.</summary>
    Practitioner,
}
