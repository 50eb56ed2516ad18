namespace Sightline.Core.Events;

/// <summary>The kind of plan a child is on. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum PlanType
{
    /// <summary><c>child-protection</c></summary>
    ChildProtection,
    /// <summary><c>child-in-need</c></summary>
    ChildInNeed,
    /// <summary><c>looked-after</c></summary>
    LookedAfter,
    /// <summary><c>pre-birth-child-protection</c></summary>
    PreBirthChildProtection,
}
