namespace Sightline.Core.Events;

/// <summary>The event that led to a review. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum IncidentType
{
    /// <summary><c>serious-injury</c></summary>
    SeriousInjury,
    /// <summary><c>death</c></summary>
    Death,
}
