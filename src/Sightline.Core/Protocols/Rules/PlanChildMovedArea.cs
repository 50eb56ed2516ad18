using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Vocabulary;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A child on a plan moves to another local authority.</summary>
public sealed class PlanChildMovedArea : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "plan-child-moved-area",
        "Child on a plan moved to another area",
        "A child (or unborn child) with an active child-protection, pre-birth or child-in-need plan moves to a local authority other than the one holding the plan.",
        "Children's social care of both areas.",
        "The receiving area holds a transfer-in conference within 15 working days; the plan's area keeps responsibility until then.",
        "Baby R (Bexley): \"The family had moved from Bexley to Kent to temporary housing\" while the children were on plans — \"The importance of ensuring support plans and monitoring is in place with receiving Local Authority when families have to transfer to another borough permanently and when children are subject to plans.\" RS (Sandwell): \"moving between areas, away from support systems, can increase a family's vulnerability. Careful transfer of responsibility between practitioners is essential.\"",
        "Working Together to Safeguard Children (transfer-in conferences within 15 working days); London Child Protection Procedures on children moving across boundaries.",
        ["TransferInConference"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Moved)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Moved moved)
        {
            yield break;
        }
        foreach (var (child, plan) in MovingPlans.ChildrenMovedAwayFromPlan(context.State, moved))
        {
            var due = context.Due(context.Settings.TransferInConference, moved.Date);
            var notify = AreaAgencies(context, plan.LocalAuthority, AgencyKind.ChildrensSocialCare)
                .Concat(AreaAgencies(context, moved.LocalAuthority, AgencyKind.ChildrensSocialCare));
            yield return new Decision.Raise(Raise(context, [child], notify, due,
                $"Child on a {Wire.Name(plan.Type).Replace('-', ' ')} plan held by {plan.LocalAuthority} has moved to {moved.LocalAuthority} ({Wire.Name(moved.Housing).Replace('-', ' ')} housing). Hold a transfer-in conference in {moved.LocalAuthority} by {Show(due)}.",
                KeyOf(recorded.Id, child)));
        }
    }
}
