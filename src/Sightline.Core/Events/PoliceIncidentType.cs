namespace Sightline.Core.Events;

/// <summary>The kind of police incident. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum PoliceIncidentType
{
    /// <summary><c>domestic-abuse</c></summary>
    DomesticAbuse,
    /// <summary><c>violence</c></summary>
    Violence,
    /// <summary><c>drugs</c></summary>
    Drugs,
    /// <summary><c>other</c></summary>
    Other,
}
