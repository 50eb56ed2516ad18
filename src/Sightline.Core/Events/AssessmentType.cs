namespace Sightline.Core.Events;

/// <summary>The kind of assessment completed. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum AssessmentType
{
    /// <summary><c>single</c></summary>
#pragma warning disable CA1720 // "single" is the practitioners' word for a single assessment, not a type name.
    Single,
#pragma warning restore CA1720
    /// <summary><c>pre-birth</c></summary>
    PreBirth,
    /// <summary><c>parenting</c></summary>
    Parenting,
    /// <summary><c>risk</c></summary>
    Risk,
}
