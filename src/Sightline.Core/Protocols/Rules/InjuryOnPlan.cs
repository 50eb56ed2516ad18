using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>An injury to a child on a plan or in an S47 enquiry.</summary>
public sealed class InjuryOnPlan : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "injury-on-plan",
        "Injury to a child on a plan",
        "An injury to a child with an active child-protection or child-in-need plan, or an open S47 enquiry.",
        "Children's social care; the observing agency.",
        "Tell the child's social worker today; consider a strategy discussion and a child protection medical.",
        "Baby R (Bexley): a bruise on Baby R while on a plan was accepted with an explanation, then the head injury. Lily and Bobby (Cumberland): healing fractures found during the S47 enquiry. Family T (Buckinghamshire): injuries to the twins while on plans, in foster care.",
        "Working Together to Safeguard Children; local child protection procedures on injuries to children subject to plans.",
        []);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Injury)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Injury injury)
        {
            yield break;
        }
        var state = context.State;
        foreach (var child in injury.Subjects.Where(state.IsChild))
        {
            var plan = CaseFacts.ActivePlan(state, child, PlanType.ChildProtection, PlanType.ChildInNeed);
            var why = plan is not null ? $"on a {Vocabulary.Wire.Name(plan.Type).Replace('-', ' ')} plan" : state.OpenS47Of(child) is not null ? "in an open S47 enquiry" : null;
            if (why is null)
            {
                continue;
            }
            var notify = ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare).Append(injury.Agency);
            yield return new Decision.Raise(Raise(context, [child], notify, context.Due(Calendar.Timescale.WorkingDays(1), injury.Date),
                $"Injury ({Vocabulary.Wire.Name(injury.Type).Replace('-', ' ')}, {injury.Site}) to a child {why}. Tell the social worker today and consider a strategy discussion.",
                KeyOf(recorded.Id, child)));
        }
    }
}
