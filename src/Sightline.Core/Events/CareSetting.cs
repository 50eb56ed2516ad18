namespace Sightline.Core.Events;

/// <summary>An unscheduled-care setting. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum CareSetting
{
    /// <summary><c>emergency-department</c></summary>
    EmergencyDepartment,
    /// <summary><c>urgent-care</c></summary>
    UrgentCare,
    /// <summary><c>walk-in</c></summary>
    WalkIn,
    /// <summary><c>out-of-hours</c></summary>
    OutOfHours,
}
