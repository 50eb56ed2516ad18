using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>What the rules about moving read from a move: each child on a plan held by another area than the one moved to.</summary>
internal static class MovingPlans
{
    private static readonly PlanType[] Transferable = [PlanType.ChildProtection, PlanType.PreBirthChildProtection, PlanType.ChildInNeed];

    /// <summary>Children (born or unborn) moved by the event whose plan of these types is held by another area.</summary>
    public static IEnumerable<(PersonId Child, PlanRecord Plan)> ChildrenMovedAwayFromPlan(CaseState state, Moved moved, params PlanType[] types)
    {
        var kinds = types.Length == 0 ? Transferable : types;
        // An unborn child moves with its mother whether or not the record lists it.
        var unbornFollowers = state.HouseholdOf(moved.Subjects[0]).Where(p => state.IsUnborn(p) && !moved.Subjects.Contains(p));
        foreach (var child in moved.Subjects.Where(state.IsChild).Concat(unbornFollowers.OrderBy(p => p.Value, StringComparer.Ordinal)))
        {
            var plan = state.ActivePlansOf(child).FirstOrDefault(p => kinds.Contains(p.Type) && p.LocalAuthority != moved.LocalAuthority);
            if (plan is not null)
            {
                yield return (child, plan);
            }
        }
    }
}
