using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A child at home during a section 47 enquiry with no safety plan written down and shared.</summary>
public sealed class NoWrittenSafetyPlan : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "no-written-safety-plan",
        "No written safety plan during an S47 enquiry",
        "1 working day after a section 47 enquiry starts, or after a discharge from hospital during one, the child is at home and there is no safety plan that is written and shared with every agency that attended the latest strategy discussion deciding on S47. A check due while the child is in hospital waits for the discharge.",
        "Children's social care.",
        "Write the safety plan down and share it with every agency at the strategy discussion today.",
        "Lily and Bobby (Cumberland): \"both children were returned home without clearly communicated safety plans\" — \"the need for written safety plans whilst Section 47 investigations are continuing\". Baby R (Bexley): \"The requirement for safety planning to include adequate consideration and assessment of support from family and their wider network.\"",
        "Working Together to Safeguard Children: section 47 enquiries and immediate safety planning; local child protection procedures.",
        ["SafetyPlan"]);

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        var state = context.State;
        var children = recorded.Event switch
        {
            S47Started e => e.Subjects,
            Discharged e => e.Subjects.Where(c => state.OpenS47Of(c) is not null).ToList(),
            _ => [],
        };
        foreach (var child in children.Where(state.IsChild))
        {
            var due = context.Due(context.Settings.SafetyPlan, recorded.Event.Date);
            yield return new Decision.Open(new Obligation
            {
                Rule = Id,
                Key = KeyOf(child, due),
                Subjects = [child],
                OpenedOn = recorded.Event.Date,
                DueOn = due,
                OpenedBy = recorded.Sequence,
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
        if (HasSharedWrittenPlan(state, child))
        {
            return ObligationStatus.Met;
        }
        if (state.OpenS47Of(child) is null)
        {
            return ObligationStatus.Lapsed;
        }
        // At the deadline a child in hospital or placed is not at home: a discharge during the
        // enquiry opens a fresh check for the working day after it.
        return context.IsAtDeadline(obligation) && !state.IsAtHome(child) ? ObligationStatus.Lapsed : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var child = obligation.Subjects[0];
        return Raise(context, [child], ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare), context.Today,
            "The child is at home during a section 47 enquiry with no safety plan written down and shared with every agency at the strategy discussion. Write and share it today.",
            obligation.Key);
    }

    private static bool HasSharedWrittenPlan(CaseState state, PersonId child)
    {
        var strategy = CaseFacts.EventsAbout<StrategyDiscussion>(state, child).LastOrDefault(s => s.Event.Outcome == StrategyOutcome.S47);
        var attended = strategy.Event?.Attended ?? [];
        var from = strategy.Event?.Date ?? DateOnly.MinValue;
        return CaseFacts.EventsAbout<SafetyPlan>(state, child)
            .Any(p => p.Event.Written && p.Event.Date >= from && attended.All(a => a == p.Event.Agency || p.Event.SharedWith.Contains(a)));
    }
}
