namespace Sightline.Core.Events;

/// <summary>What happened to a health appointment. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum AppointmentOutcome
{
    /// <summary><c>attended</c></summary>
    Attended,
    /// <summary><c>was-not-brought</c></summary>
    WasNotBrought,
    /// <summary><c>cancelled</c></summary>
    Cancelled,
}
