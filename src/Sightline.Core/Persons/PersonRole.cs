namespace Sightline.Core.Persons;

/// <summary>A person's role in the family. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum PersonRole
{
    /// <summary><c>child</c></summary>
    Child,
    /// <summary><c>unborn</c></summary>
    Unborn,
    /// <summary><c>mother</c></summary>
    Mother,
    /// <summary><c>father</c></summary>
    Father,
    /// <summary><c>partner</c></summary>
    Partner,
    /// <summary><c>grandparent</c></summary>
    Grandparent,
    /// <summary><c>other-adult</c></summary>
    OtherAdult,
}
