namespace Sightline.Core.Events;

/// <summary>An imaging study. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum ImagingStudy
{
    /// <summary><c>skeletal-survey</c></summary>
    SkeletalSurvey,
    /// <summary><c>ct-head</c></summary>
    CtHead,
    /// <summary><c>mri</c></summary>
    Mri,
}
