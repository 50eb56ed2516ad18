namespace Sightline.Core.Events;

/// <summary>What a strategy discussion decided. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum StrategyOutcome
{
    /// <summary><c>s47</c></summary>
    S47,
    /// <summary><c>no-further-action</c></summary>
    NoFurtherAction,
    /// <summary><c>child-in-need</c></summary>
    ChildInNeed,
    /// <summary><c>early-help</c></summary>
    EarlyHelp,
}
