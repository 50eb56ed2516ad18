namespace Sightline.Core.Events;

/// <summary>A plan ends. Wire kind <c>plan-ended</c>.</summary>
public sealed record PlanEnded : CaseEvent
{
    /// <summary>The kind of plan as the agency recorded it.</summary>
    public required PlanType Plan { get; init; }

    /// <summary>What it steps down to.</summary>
    public required StepDown StepDownTo { get; init; }

    /// <summary>Whether a manager approved the step-down.</summary>
    public required bool ManagerApproved { get; init; }

    /// <summary>The recorded rationale, if any.</summary>
    public string? Rationale { get; init; }
}
