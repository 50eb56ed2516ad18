namespace Sightline.Core.Events;

/// <summary>Where a professional disagreement stands. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum EscalationStatus
{
    /// <summary><c>raised</c></summary>
    Raised,
    /// <summary><c>resolved</c></summary>
    Resolved,
}
