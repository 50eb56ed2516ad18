namespace Sightline.Core.Events;

/// <summary>Why a medical examination was held. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum MedicalPurpose
{
    /// <summary><c>child-protection</c></summary>
    ChildProtection,
}
