using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>No initial child protection conference 15 working days after the strategy discussion that led to it.</summary>
public sealed class IcpcOverdue : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "icpc-overdue",
        "Initial conference overdue",
        "15 working days after the strategy discussion (the latest deciding on S47 before the enquiry concluded 'ICPC'), no initial or pre-birth conference has been held. If the enquiry concludes after that deadline, the alert is raised that day.",
        "Children's social care.",
        "Convene the initial child protection conference now.",
        "Baby C (Durham) and Baby R (Bexley): the learning on timely multi-agency decision making and \"The importance of multi-agency discussions both within statutory meetings and in-between reviews.\"",
        "Working Together to Safeguard Children: the initial child protection conference within 15 working days of the strategy discussion.",
        ["InitialConference"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(S47Concluded)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not S47Concluded { Outcome: S47Outcome.Icpc } concluded)
        {
            yield break;
        }
        foreach (var child in concluded.Subjects.Where(context.State.IsChild))
        {
            var strategy = CaseFacts.EventsAbout<StrategyDiscussion>(context.State, child)
                .LastOrDefault(s => s.Event.Outcome == StrategyOutcome.S47 && s.Recorded.Sequence < recorded.Sequence);
            if (strategy.Event is null)
            {
                continue;
            }
            var due = context.Due(context.Settings.InitialConference, strategy.Event.Date);
            yield return new Decision.Open(new Obligation
            {
                Rule = Id,
                Key = KeyOf(child, strategy.Recorded.Id),
                Subjects = [child],
                OpenedOn = strategy.Event.Date,
                DueOn = due < concluded.Date ? concluded.Date : due,
                OpenedBy = strategy.Recorded.Sequence,
            });
        }
    }

    /// <inheritdoc/>
    public override ObligationStatus StatusOf(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var held = CaseFacts.AnyAboutSince<Conference>(context.State, obligation.Subjects[0], obligation.OpenedBy,
            c => c.Type is ConferenceType.Initial or ConferenceType.PreBirth or ConferenceType.TransferIn);
        return held ? ObligationStatus.Met : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var child = obligation.Subjects[0];
        var due = context.Due(context.Settings.InitialConference, obligation.OpenedOn);
        return Raise(context, [child], ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare), context.Today,
            $"No initial child protection conference since the strategy discussion of {Show(obligation.OpenedOn)}; it was due by {Show(due)}. Convene it now.",
            obligation.Key);
    }
}
