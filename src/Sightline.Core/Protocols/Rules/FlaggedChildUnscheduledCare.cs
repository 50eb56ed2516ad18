using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A child with (or lately with) a protection, looked-after or pre-birth plan, or whose sibling has one, arrives at unscheduled care.</summary>
public sealed class FlaggedChildUnscheduledCare : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "flagged-child-unscheduled-care",
        "Child on a plan at unscheduled care",
        "An attendance (emergency department, urgent care, walk-in, out of hours) or an admission of a child with a child-protection, looked-after or pre-birth plan that is active or ended in the last 365 days, or whose sibling in the household has one.",
        "Children's social care holding the plan; the attending setting.",
        "The setting speaks to the child's social worker the same day; the plan's area learns of the attendance.",
        "Baby R (Bexley): Baby R \"died aged four weeks after presenting to A&E\" while on a child protection plan. Baby C (Durham): the fatal attendance came months after the plan stepped down. Family T (Buckinghamshire): the twins' injuries were identified at hospital while they were on plans.",
        "NHS England Child Protection – Information Sharing (CP-IS); Working Together to Safeguard Children.",
        ["FlaggedPlanEndedWithinDays"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Attendance), typeof(Admitted)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        var setting = recorded.Event switch
        {
            Attendance a => Wire.Name(a.Setting).Replace('-', ' '),
            Admitted => "hospital admission",
            _ => null,
        };
        if (setting is null)
        {
            yield break;
        }
        var state = context.State;
        foreach (var child in recorded.Event.Subjects.Where(state.IsChild))
        {
            var (holder, plan) = FlaggingPlan(context, child);
            if (plan is null)
            {
                continue;
            }
            var notify = AreaAgencies(context, plan.LocalAuthority, AgencyKind.ChildrensSocialCare).Append(recorded.Event.Agency);
            var whose = holder == child ? "on" : $"whose sibling {NameOf(context, holder)} is on";
            var status = plan.IsActive ? "active" : $"ended {Show(plan.Ended!.Value)}";
            yield return new Decision.Raise(Raise(context, [child], notify, context.Today,
                $"Child {whose} a {Wire.Name(plan.Type).Replace('-', ' ')} plan ({plan.LocalAuthority}, {status}) seen at {setting}. Speak to the child's social worker today.",
                KeyOf(recorded.Id, child)));
        }
    }

    private static (PersonId Holder, PlanRecord? Plan) FlaggingPlan(RuleContext context, PersonId child)
    {
        var state = context.State;
        var own = Flagged(context, child);
        if (own is not null)
        {
            return (child, own);
        }
        foreach (var sibling in state.SiblingsOf(child).Where(s => state.HouseholdOf(child).Contains(s)))
        {
            if (Flagged(context, sibling) is { } plan)
            {
                return (sibling, plan);
            }
        }
        return (child, null);
    }

    private static PlanRecord? Flagged(RuleContext context, PersonId child) =>
        context.State.PlansOf(child)
            .Where(p => FlaggingPlans.Flags(p.Type) && p.ActiveWithin(context.Today, context.Settings.FlaggedPlanEndedWithinDays))
            .OrderBy(p => p.IsActive ? 0 : 1)
            .FirstOrDefault();
}
