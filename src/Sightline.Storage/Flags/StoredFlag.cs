using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Storage.Flags;

/// <summary>
/// A flagging plan found for a person by a flag check: their own, or that of someone in their
/// household (a sibling, or the unborn baby of a pregnant mother).
/// </summary>
/// <param name="Person">The person checked.</param>
/// <param name="Holder">Whose plan it is: <paramref name="Person"/> or someone in their household.</param>
/// <param name="HolderName">The holder's name, when recorded.</param>
/// <param name="HolderRole">The holder's role (child or unborn).</param>
/// <param name="Plan">The plan's type.</param>
/// <param name="Category">Its category, where recorded.</param>
/// <param name="LocalAuthority">The area holding it: the responsible area.</param>
/// <param name="Started">The day it started.</param>
/// <param name="Ended">The day it ended; null while active.</param>
public sealed record StoredFlag(
    PersonId Person,
    PersonId Holder,
    string? HolderName,
    PersonRole HolderRole,
    PlanType Plan,
    PlanCategory? Category,
    string LocalAuthority,
    DateOnly Started,
    DateOnly? Ended)
{
    /// <summary>True while the plan is active.</summary>
    public bool IsActive => Ended is null;

    /// <summary>True when the plan is the checked person's own rather than a household member's.</summary>
    public bool IsOwn => Holder == Person;
}
