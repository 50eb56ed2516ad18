namespace Sightline.Core.Events;

/// <summary>The kind of housing a move goes to. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum Housing
{
    /// <summary><c>permanent</c></summary>
    Permanent,
    /// <summary><c>temporary</c></summary>
    Temporary,
    /// <summary><c>supported</c></summary>
    Supported,
    /// <summary><c>refuge</c></summary>
    Refuge,
    /// <summary><c>foster-placement</c></summary>
    FosterPlacement,
}
