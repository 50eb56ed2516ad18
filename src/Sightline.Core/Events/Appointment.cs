namespace Sightline.Core.Events;

/// <summary>A health appointment and whether the child was brought. Wire kind <c>appointment</c>.</summary>
public sealed record Appointment : CaseEvent
{
    /// <summary>The service the appointment was with.</summary>
    public required string Service { get; init; }

    /// <summary>What happened.</summary>
    public required AppointmentOutcome Outcome { get; init; }
}
