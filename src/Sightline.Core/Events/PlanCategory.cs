namespace Sightline.Core.Events;

/// <summary>The category of abuse a child-protection plan is under. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum PlanCategory
{
    /// <summary><c>neglect</c></summary>
    Neglect,
    /// <summary><c>physical</c></summary>
    Physical,
    /// <summary><c>emotional</c></summary>
    Emotional,
    /// <summary><c>sexual</c></summary>
    Sexual,
    /// <summary><c>multiple</c></summary>
    Multiple,
}
