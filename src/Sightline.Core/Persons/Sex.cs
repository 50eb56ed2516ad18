namespace Sightline.Core.Persons;

/// <summary>Sex as recorded. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum Sex
{
    /// <summary><c>male</c></summary>
    Male,
    /// <summary><c>female</c></summary>
    Female,
    /// <summary><c>unknown</c></summary>
    Unknown,
}
