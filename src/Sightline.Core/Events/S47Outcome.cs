namespace Sightline.Core.Events;

/// <summary>How a section 47 enquiry concluded. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum S47Outcome
{
    /// <summary><c>icpc</c></summary>
    Icpc,
    /// <summary><c>no-further-action</c></summary>
    NoFurtherAction,
    /// <summary><c>child-in-need</c></summary>
    ChildInNeed,
}
