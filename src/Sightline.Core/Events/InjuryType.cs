namespace Sightline.Core.Events;

/// <summary>The kind of injury seen. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum InjuryType
{
    /// <summary><c>bruise</c></summary>
    Bruise,
    /// <summary><c>fracture</c></summary>
    Fracture,
    /// <summary><c>burn</c></summary>
    Burn,
    /// <summary><c>head-injury</c></summary>
    HeadInjury,
    /// <summary><c>bite</c></summary>
    Bite,
    /// <summary><c>other</c></summary>
    Other,
}
