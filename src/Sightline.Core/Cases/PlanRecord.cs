using Sightline.Core.Events;

namespace Sightline.Core.Cases;

/// <summary>
/// A plan as it stands: its current type (a pre-birth plan becomes a child-protection plan at
/// birth), the area holding it (which changes only at a transfer-in conference) and its dates.
/// </summary>
/// <param name="Type">The plan's current type.</param>
/// <param name="Category">The category of abuse, where recorded.</param>
/// <param name="LocalAuthority">The area holding the plan.</param>
/// <param name="Started">The day it started.</param>
/// <param name="Ended">The day it ended, or null while active.</param>
public sealed record PlanRecord(PlanType Type, PlanCategory? Category, string LocalAuthority, DateOnly Started, DateOnly? Ended)
{
    /// <summary>True until the plan ends.</summary>
    public bool IsActive => Ended is null;

    /// <summary>True for child-protection and pre-birth child-protection plans.</summary>
    public bool IsProtection => Type is PlanType.ChildProtection or PlanType.PreBirthChildProtection;

    /// <summary>Whether the plan was active at some point in the <paramref name="days"/> days up to <paramref name="on"/>.</summary>
    public bool ActiveWithin(DateOnly on, int days) => Ended is not { } end || end.AddDays(days) >= on;
}
