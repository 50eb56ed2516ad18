using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>No transfer-in conference in the new area 15 working days after a child on a plan moved there.</summary>
public sealed class TransferInConferenceOverdue : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "transfer-in-conference-overdue",
        "Transfer-in conference overdue",
        "15 working days after a child on a plan moved to another area, no transfer-in conference has been held in the new area. It lapses if the child leaves that area or the plan ends first.",
        "Children's social care of both areas.",
        "Hold the transfer-in conference now; until then the plan's area keeps responsibility and visits.",
        "Baby R (Bexley): after the move to Kent \"The importance of ensuring support plans and monitoring is in place with receiving Local Authority\"; Bexley recommended \"non-transfer of families to temporary housing when children subject to child protection plans\". Baby C (Durham): \"The importance of a robust multi agency handover process.\"",
        "Working Together to Safeguard Children: a transfer-in conference within 15 working days of notification of the move.",
        ["TransferInConference"]);

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
            yield return new Decision.Open(new Obligation
            {
                Rule = Id,
                Key = KeyOf(recorded.Id, child),
                Subjects = [child],
                OpenedOn = moved.Date,
                DueOn = context.Due(context.Settings.TransferInConference, moved.Date),
                OpenedBy = recorded.Sequence,
                Area = moved.LocalAuthority,
                OtherArea = plan.LocalAuthority,
                Anchor = plan.Started,
            });
        }
    }

    /// <inheritdoc/>
    public override ObligationStatus StatusOf(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var state = context.State;
        var child = obligation.Subjects[0];
        var held = CaseFacts.EventsAbout<Conference>(state, child)
            .Any(c => c.Recorded.Sequence > obligation.OpenedBy && c.Event.Type == ConferenceType.TransferIn && c.Event.LocalAuthority == obligation.Area);
        if (held)
        {
            return ObligationStatus.Met;
        }
        // The plan that moved, not any plan: a step-down ends it and the deadline with it.
        var planStillHere = state.ActivePlansOf(child).Any(p => p.Started == obligation.Anchor && p.Type != PlanType.LookedAfter);
        return state.AreaOf(child) != obligation.Area || !planStillHere ? ObligationStatus.Lapsed : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var notify = AreaAgencies(context, obligation.OtherArea, AgencyKind.ChildrensSocialCare)
            .Concat(AreaAgencies(context, obligation.Area, AgencyKind.ChildrensSocialCare));
        return Raise(context, obligation.Subjects, notify, obligation.DueOn,
            $"No transfer-in conference in {obligation.Area} since the child on a plan held by {obligation.OtherArea} moved there on {Show(obligation.OpenedOn)}; it was due by {Show(obligation.DueOn)}. Hold it now.",
            obligation.Key);
    }
}
