namespace Sightline.Core.Events;

/// <summary>Why an adult service saw a parent or carer. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum AdultConcern
{
    /// <summary><c>mental-health</c></summary>
    MentalHealth,
    /// <summary><c>substance-misuse</c></summary>
    SubstanceMisuse,
    /// <summary><c>domestic-abuse</c></summary>
    DomesticAbuse,
    /// <summary><c>other</c></summary>
    Other,
}
