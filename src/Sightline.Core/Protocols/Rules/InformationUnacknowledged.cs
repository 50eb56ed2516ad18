using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>Information shared and never acknowledged by the receiver.</summary>
public sealed class InformationUnacknowledged : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "information-unacknowledged",
        "Shared information not acknowledged",
        "Information shared without acknowledgement, and no acknowledgement from a receiver within 2 working days.",
        "The sending agency.",
        "The sender checks back directly with the receiver and agrees the actions.",
        "RS (Sandwell): \"Information sharing alone does not safeguard children. This is a dynamic process requiring checking back, understanding, agreement on its significance, actions to be taken and how these will be reviewed.\" Baby C (Durham): \"The importance of a robust multi agency handover process.\" Family T (Buckinghamshire): \"Clear communication between social workers for the parent and social worker for the baby\".",
        "Working Together to Safeguard Children; HM Government 'Information sharing: advice for practitioners' (2018, 2024).",
        ["InformationAcknowledgement"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(InformationShared)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not InformationShared { Acknowledged: false } shared)
        {
            yield break;
        }
        var state = context.State;
        var childrenWithThem = shared.About.SelectMany(p => state.HouseholdOf(p)).Where(state.IsChild).OrderBy(c => c.Value, StringComparer.Ordinal);
        yield return new Decision.Open(new Obligation
        {
            Rule = Id,
            Key = KeyOf(recorded.Id),
            Subjects = shared.About.Concat(childrenWithThem).Distinct().ToList(),
            OpenedOn = shared.Date,
            DueOn = context.Due(context.Settings.InformationAcknowledgement, shared.Date),
            OpenedBy = recorded.Sequence,
            Agency = shared.Agency,
        });
    }

    /// <inheritdoc/>
    public override ObligationStatus StatusOf(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var shared = (InformationShared)context.State.History[obligation.OpenedBy].Event;
        var answered = CaseFacts.AnyOfKindSince<Acknowledged>(context.State, obligation.OpenedBy,
            a => a.Of == shared.Date && shared.To.Contains(a.Agency));
        return answered ? ObligationStatus.Met : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var shared = (InformationShared)context.State.History[obligation.OpenedBy].Event;
        var receivers = string.Join(", ", shared.To.Select(a => AgencyName(context, a)));
        return Raise(context, obligation.Subjects, [shared.Agency], context.Today,
            $"{receivers} has not acknowledged the information shared on {Show(shared.Date)}. Check back directly and agree the actions.",
            obligation.Key);
    }
}
