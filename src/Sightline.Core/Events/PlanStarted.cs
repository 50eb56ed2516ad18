namespace Sightline.Core.Events;

/// <summary>A plan starts (or continues, for an active plan of the same type). Wire kind <c>plan-started</c>.</summary>
public sealed record PlanStarted : CaseEvent
{
    /// <summary>The kind of plan.</summary>
    public required PlanType Plan { get; init; }

    /// <summary>The category; required on child-protection and pre-birth plans.</summary>
    public PlanCategory? Category { get; init; }

    /// <summary>The area that holds the plan.</summary>
    public required string LocalAuthority { get; init; }
}
