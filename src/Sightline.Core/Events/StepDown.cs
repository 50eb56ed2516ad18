namespace Sightline.Core.Events;

/// <summary>What a plan steps down to when it ends. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum StepDown
{
    /// <summary><c>child-in-need</c></summary>
    ChildInNeed,
    /// <summary><c>early-help</c></summary>
    EarlyHelp,
    /// <summary><c>none</c></summary>
    None,
}
