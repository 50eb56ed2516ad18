using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>An injured child discharged from hospital before any strategy discussion.</summary>
public sealed class DischargeBeforeStrategy : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "discharge-before-strategy",
        "Discharged before a strategy discussion",
        "A discharge of a child admitted after an injury (an injury recorded from the day before the admission until the discharge) with no strategy discussion since the admission.",
        "The hospital; children's social care.",
        "Hold the strategy discussion at once, with the hospital, and agree a written safety plan.",
        "Lily and Bobby (Cumberland): \"The need to ensure that children are not discharged from hospital until there have been robust multi-agency and multi-disciplinary strategy discussions that identify risks and ensure detailed safety planning.\" Family T (Buckinghamshire): \"the system to implement a discharge planning meeting is robust\".",
        "Working Together to Safeguard Children; local 'Bruising in babies' and child protection medical procedures.",
        []);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Discharged)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Discharged discharged)
        {
            yield break;
        }
        var state = context.State;
        foreach (var child in discharged.Subjects.Where(state.IsChild))
        {
            var admission = CaseFacts.EventsAbout<Admitted>(state, child).LastOrDefault(a => a.Recorded.Sequence < recorded.Sequence);
            if (admission.Event is null)
            {
                continue;
            }
            var injured = CaseFacts.EventsAbout<Injury>(state, child)
                .Any(i => i.Event.Date >= admission.Event.Date.AddDays(-1) && i.Recorded.Sequence < recorded.Sequence);
            var strategy = CaseFacts.EventsAbout<StrategyDiscussion>(state, child)
                .Any(s => s.Recorded.Sequence > admission.Recorded.Sequence);
            if (!injured || strategy)
            {
                continue;
            }
            var notify = new[] { admission.Event.Agency, discharged.Agency }.Concat(ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare));
            yield return new Decision.Raise(Raise(context, [child], notify, context.Today,
                $"The child, admitted on {Show(admission.Event.Date)} after an injury, has been discharged with no strategy discussion since the admission. Hold one today with the hospital and agree a written safety plan.",
                KeyOf(recorded.Id, child)));
        }
    }
}
