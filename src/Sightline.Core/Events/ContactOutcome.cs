namespace Sightline.Core.Events;

/// <summary>Whether a contact reached the family. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum ContactOutcome
{
    /// <summary><c>completed</c></summary>
    Completed,
    /// <summary><c>no-access</c></summary>
    NoAccess,
}
