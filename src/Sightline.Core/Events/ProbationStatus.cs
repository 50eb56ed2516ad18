namespace Sightline.Core.Events;

/// <summary>A change in probation supervision. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum ProbationStatus
{
    /// <summary><c>supervision-started</c></summary>
    SupervisionStarted,
    /// <summary><c>not-engaging</c></summary>
    NotEngaging,
    /// <summary><c>breach</c></summary>
    Breach,
    /// <summary><c>ended</c></summary>
    Ended,
}
