using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A young child moves area and the new area's health visiting does not pick them up.</summary>
public sealed class HealthVisitingTransferOverdue : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "health-visiting-transfer-overdue",
        "Health visiting transfer overdue",
        "A child under 2 moves to another local authority and no health-visiting agency of the new area has a contact or appointment with the child within 20 working days. It lapses if the child leaves that area first.",
        "Health visiting of both areas.",
        "The new area's health visitor contacts the family and the old area confirms the handover.",
        "RS (Sandwell): \"moving between areas, away from support systems, can increase a family's vulnerability. Careful transfer of responsibility between practitioners is essential.\" Baby R (Bexley): \"Transitions between local authorities\".",
        "Healthy Child Programme; the health visiting transfer-in standard (records and a contact on moving area).",
        ["HealthVisitingTransfer", "HealthVisitingTransferChildAgeYears"]);

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
        var state = context.State;
        foreach (var child in moved.Subjects.Where(c => state.IsChildUnder(c, context.Settings.HealthVisitingTransferChildAgeYears, moved.Date)))
        {
            var from = state.AreaBeforeLastMove(child);
            if (from is null || from == moved.LocalAuthority)
            {
                continue;
            }
            yield return new Decision.Open(new Obligation
            {
                Rule = Id,
                Key = KeyOf(recorded.Id, child),
                Subjects = [child],
                OpenedOn = moved.Date,
                DueOn = context.Due(context.Settings.HealthVisitingTransfer, moved.Date),
                OpenedBy = recorded.Sequence,
                Area = moved.LocalAuthority,
                OtherArea = from,
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
        bool ByAreaHealthVisiting(CaseEvent e) =>
            state.AgencyOf(e.Agency) is { Kind: AgencyKind.HealthVisiting } hv && hv.LocalAuthority == obligation.Area;
        var picked = CaseFacts.AnyAboutSince<Contact>(state, child, obligation.OpenedBy, ByAreaHealthVisiting)
            || CaseFacts.AnyAboutSince<Appointment>(state, child, obligation.OpenedBy, ByAreaHealthVisiting);
        if (picked)
        {
            return ObligationStatus.Met;
        }
        return state.AreaOf(child) != obligation.Area ? ObligationStatus.Lapsed : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var notify = AreaAgencies(context, obligation.OtherArea, AgencyKind.HealthVisiting)
            .Concat(AreaAgencies(context, obligation.Area, AgencyKind.HealthVisiting));
        return Raise(context, obligation.Subjects, notify, context.Today,
            $"The child moved from {obligation.OtherArea} to {obligation.Area} on {Show(obligation.OpenedOn)} and {obligation.Area} health visiting has not seen them in {Span(context.Settings.HealthVisitingTransfer)}. Make contact now and confirm the handover.",
            obligation.Key);
    }
}
