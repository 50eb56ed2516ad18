using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Vocabulary;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A child-protection plan ended without a manager's approval and a recorded rationale.</summary>
public sealed class StepDownWithoutOversight : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "step-down-without-oversight",
        "Step-down without management oversight",
        "A child-protection plan (a pre-birth plan ended after birth included) ends without a manager's approval and a recorded rationale.",
        "Children's social care.",
        "A manager reviews the step-down and records the rationale and the plan that follows.",
        "Baby C (Durham): \"The importance of management oversight and clear recording when a case transfers from Child Protection plan to a Child in Need plan.\" Baby R (Bexley): guidance on \"Head of Service management oversight and recording dissenting views, and rationale\".",
        "Working Together to Safeguard Children: ending a child protection plan at a review conference; Ofsted ILACS on management oversight.",
        []);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(PlanEnded)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not PlanEnded ended || (ended.ManagerApproved && !string.IsNullOrWhiteSpace(ended.Rationale)))
        {
            yield break;
        }
        var state = context.State;
        foreach (var child in ended.Subjects.Where(state.IsChild))
        {
            var plan = state.PlansOf(child).LastOrDefault(p => p.Ended == ended.Date && p.IsProtection);
            if (plan is null)
            {
                continue;
            }
            var missing = (ended.ManagerApproved, string.IsNullOrWhiteSpace(ended.Rationale)) switch
            {
                (false, true) => "no manager's approval and no rationale",
                (false, false) => "no manager's approval",
                _ => "no recorded rationale",
            };
            var notify = ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare).Prepend(ended.Agency);
            yield return new Decision.Raise(Raise(context, [child], notify, context.Due(Calendar.Timescale.WorkingDays(5), ended.Date),
                $"The child-protection plan ended, stepping down to {Wire.Name(ended.StepDownTo).Replace('-', ' ')}, with {missing}. A manager must review the step-down and record why.",
                KeyOf(recorded.Id, child)));
        }
    }
}
