using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A father, partner or other household adult of a child on a protection plan is never assessed.</summary>
public sealed class UnassessedAdult : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "unassessed-adult",
        "Adult around a child on a plan not assessed",
        "10 working days after a child-protection or pre-birth plan starts, or after an adult joins the household of a child on one, no assessment includes that adult — a parent other than the mother, wherever they live, or any other adult in the household. At the deadline the plan must still be active and the adult still a parent or in the household.",
        "Children's social care.",
        "Assess the adult: their history, their role in the child's life and the risk they pose or face.",
        "Baby C (Durham): \"The need to include all fathers, males and family members who play significant roles in children's lives.\" Baby R (Bexley): \"All agencies require understanding of history of both parents\". Family T (Buckinghamshire): assessments to address \"Involvement of Fathers\". RS (Sandwell): \"not focussing solely on mothers but proactively engaging with fathers\".",
        "Child Safeguarding Practice Review Panel, 'The Myth of Invisible Men' (2021); Working Together to Safeguard Children on assessing all adults in the household.",
        ["AdultAssessment"]);

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        var state = context.State;
        var e = recorded.Event;
        IEnumerable<(PersonId Child, PersonId Adult)> clocks = e switch
        {
            PlanStarted => e.Subjects
                .Where(c => CaseFacts.ActiveProtectionPlan(state, c) is { } plan && plan.Started == e.Date)
                .SelectMany(c => AdultsToAssess(state, c).Select(a => (c, a))),
            JoinedHousehold => e.Subjects
                .SelectMany(a => state.HouseholdOf(a).Where(c => state.IsChild(c) && CaseFacts.ActiveProtectionPlan(state, c) is not null).Select(c => (c, a)))
                .Where(p => state.MotherOf(p.c) != p.a),
            _ => [],
        };
        foreach (var (child, adult) in clocks)
        {
            yield return new Decision.Open(new Obligation
            {
                Rule = Id,
                Key = KeyOf(child, adult, e.Date),
                Subjects = [child, adult],
                OpenedOn = e.Date,
                DueOn = context.Due(context.Settings.AdultAssessment, e.Date),
                OpenedBy = recorded.Sequence,
                Person = adult,
            });
        }
    }

    /// <inheritdoc/>
    public override ObligationStatus StatusOf(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var state = context.State;
        var (child, adult) = (obligation.Subjects[0], obligation.Subjects[1]);
        var assessed = state.History.Any(r => r.Event is Assessment a && a.Includes.Contains(adult));
        if (assessed)
        {
            return ObligationStatus.Met;
        }
        // "At the deadline the plan must still be active and the adult still a parent or in the
        // household": an adult who leaves and comes back before then keeps the clock running.
        if (!context.IsAtDeadline(obligation))
        {
            return ObligationStatus.Open;
        }
        var stillThere = AdultsToAssess(state, child).Contains(adult);
        return CaseFacts.ActiveProtectionPlan(state, child) is null || !stillThere ? ObligationStatus.Lapsed : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var (child, adult) = (obligation.Subjects[0], obligation.Subjects[1]);
        return Raise(context, obligation.Subjects, ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare), context.Today,
            $"No assessment includes {Describe(context, adult)}, {Span(context.Settings.AdultAssessment)} after {Show(obligation.OpenedOn)}, while the child is on a protection plan. Assess them now.",
            obligation.Key);
    }

    /// <summary>The child's parents other than the mother, wherever they live, and every other adult in the household but the mother.</summary>
    private static IEnumerable<PersonId> AdultsToAssess(CaseState state, PersonId child)
    {
        var mother = state.MotherOf(child);
        return state.ParentsOf(child)
            .Concat(state.HouseholdOf(child).Where(state.IsAdult).OrderBy(a => a.Value, StringComparer.Ordinal))
            .Where(a => a != mother && state.IsAdult(a))
            .Distinct();
    }
}
