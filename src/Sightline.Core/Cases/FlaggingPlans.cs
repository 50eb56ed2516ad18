using Sightline.Core.Events;

namespace Sightline.Core.Cases;

/// <summary>
/// The plans that flag a child to unscheduled care, as CP-IS does: child protection, looked after
/// and pre-birth child protection — while active and for a while after they end. A child-in-need
/// plan does not flag. The <c>flagged-child-unscheduled-care</c> rule and the flag check share this list.
/// </summary>
public static class FlaggingPlans
{
    /// <summary>The flagging plan types.</summary>
    public static IReadOnlyList<PlanType> Types { get; } = [PlanType.ChildProtection, PlanType.LookedAfter, PlanType.PreBirthChildProtection];

    /// <summary>True for a flagging plan type.</summary>
    public static bool Flags(PlanType type) => type is PlanType.ChildProtection or PlanType.LookedAfter or PlanType.PreBirthChildProtection;
}
