using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A professional disagreement that stalls at its stage.</summary>
public sealed class EscalationOverdue : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "escalation-overdue",
        "Escalation stalled",
        "An escalation (professional disagreement) raised and neither resolved nor raised to the next stage within 5 working days.",
        "The agencies in the disagreement.",
        "Resolve the disagreement or take it to the next stage of the partnership's escalation policy now.",
        "Baby R (Bexley): \"The importance of timely escalation when there is differing professional views about levels of need\". Lily and Bobby (Cumberland): \"review and promote the Partnership's Escalation Policy\". Family T (Buckinghamshire): \"Escalation of professional concerns\".",
        "Working Together to Safeguard Children: local safeguarding partnerships' escalation (resolving professional differences) policies.",
        ["EscalationStage"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Escalation)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Escalation { Status: EscalationStatus.Raised } raised)
        {
            yield break;
        }
        yield return new Decision.Open(new Obligation
        {
            Rule = Id,
            Key = KeyOf(recorded.Id),
            Subjects = [.. raised.Subjects],
            OpenedOn = raised.Date,
            DueOn = context.Due(context.Settings.EscalationStage, raised.Date),
            OpenedBy = recorded.Sequence,
            Agency = raised.About,
        });
    }

    /// <inheritdoc/>
    public override ObligationStatus StatusOf(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var raised = (Escalation)context.State.History[obligation.OpenedBy].Event;
        var answered = CaseFacts.AnyOfKindSince<Escalation>(context.State, obligation.OpenedBy, later =>
            later.About == raised.About
            && later.Subjects.ToHashSet().SetEquals(raised.Subjects)
            && (later.Status == EscalationStatus.Resolved || later.Stage > raised.Stage));
        return answered ? ObligationStatus.Met : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var raised = (Escalation)context.State.History[obligation.OpenedBy].Event;
        return Raise(context, obligation.Subjects, [raised.Agency, raised.About], context.Today,
            $"The stage {raised.Stage} escalation raised by {AgencyName(context, raised.Agency)} with {AgencyName(context, raised.About)} on {Show(raised.Date)} is neither resolved nor escalated after {Span(context.Settings.EscalationStage)}. Resolve it or go to stage {raised.Stage + 1}.",
            obligation.Key);
    }
}
