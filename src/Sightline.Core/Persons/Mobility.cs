namespace Sightline.Core.Persons;

/// <summary>How independently a child moves. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum Mobility
{
    /// <summary><c>non-mobile</c></summary>
    NonMobile,
    /// <summary><c>rolling</c></summary>
    Rolling,
    /// <summary><c>crawling</c></summary>
    Crawling,
    /// <summary><c>cruising</c></summary>
    Cruising,
    /// <summary><c>walking</c></summary>
    Walking,
}
