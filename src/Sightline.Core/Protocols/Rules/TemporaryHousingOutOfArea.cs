using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A housing agency places a child on a protection plan in temporary housing in another area.</summary>
public sealed class TemporaryHousingOutOfArea : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "temporary-housing-out-of-area",
        "Child on a protection plan moved to temporary housing out of area",
        "A move to temporary housing in another local authority (out of the area the family lived in, or of the arranging housing agency's area), arranged by a housing agency, of a child (or unborn child) with an active child-protection or pre-birth plan.",
        "The housing agency; children's social care of both areas.",
        "Housing and children's social care agree the move and a support plan with the receiving area at once; a transfer-in conference follows within 15 working days.",
        "Baby R (Bexley): \"The family had moved from Bexley to Kent to temporary housing\"; since then \"LB Bexley Housing has agreed not to transfer any families out of borough to temporary housing if children are subject to child protection plans\".",
        "Housing Act 1996 s.208 (notifying the receiving authority of out-of-area placements); Working Together to Safeguard Children.",
        []);

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Moved { Housing: Housing.Temporary, ArrangedBy: { } housing } moved
            || context.State.AgencyOf(housing).Kind != AgencyKind.Housing)
        {
            yield break;
        }
        var state = context.State;
        var from = state.AreaBeforeLastMove(moved.Subjects[0]);
        var outOfArea = (from is not null && from != moved.LocalAuthority) || state.AgencyOf(housing).LocalAuthority != moved.LocalAuthority;
        if (!outOfArea)
        {
            yield break;
        }
        var unbornFollowers = state.HouseholdOf(moved.Subjects[0]).Where(p => state.IsUnborn(p) && !moved.Subjects.Contains(p)).OrderBy(p => p.Value, StringComparer.Ordinal);
        foreach (var child in moved.Subjects.Where(state.IsChild).Concat(unbornFollowers))
        {
            if (CaseFacts.ActiveProtectionPlan(state, child) is not { } plan)
            {
                continue;
            }
            var notify = new[] { housing }
                .Concat(AreaAgencies(context, plan.LocalAuthority, AgencyKind.ChildrensSocialCare))
                .Concat(AreaAgencies(context, moved.LocalAuthority, AgencyKind.ChildrensSocialCare));
            yield return new Decision.Raise(Raise(context, [child], notify, context.Today,
                $"{AgencyName(context, housing)} has moved a child on a protection plan held by {plan.LocalAuthority} into temporary housing in {moved.LocalAuthority}. Agree the move and a support plan with {moved.LocalAuthority} children's social care today.",
                KeyOf(recorded.Id, child)));
        }
    }
}
