using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A pregnancy of a woman whose history calls for a pre-birth assessment, with none begun.</summary>
public sealed class PrebirthAssessmentNeeded : ProtocolRule
{
    private static readonly HistoryFactKind[] Triggers =
        [HistoryFactKind.PreviousChildRemoved, HistoryFactKind.CareLeaver, HistoryFactKind.LookedAfterAsChild, HistoryFactKind.LookedAfter];

    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "prebirth-assessment-needed",
        "Pre-birth assessment needed",
        "A pregnancy of a woman with a previous child removed, who is a care leaver, was looked after as a child or is looked after now, or with a past or active plan for another child — and no pre-birth assessment of this pregnancy yet.",
        "Children's social care; midwifery.",
        "Children's social care starts a pre-birth assessment that includes both parents and their histories.",
        "Baby C (Durham): \"Baby C's older siblings had been removed from their mother's care, by a different local authority prior to baby C's birth.\" Family T (Buckinghamshire): \"Mother of the twins was a looked after child\" — \"improvements to the support for looked after children who become pregnant\". Baby R (Bexley): refresh of \"Bexley's pre-birth assessment protocol\" and support for \"young care leavers for parenthood\".",
        "Working Together to Safeguard Children; local pre-birth assessment protocols (e.g. London Child Protection Procedures, 'Pre-birth assessment').",
        []);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Pregnancy)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Pregnancy pregnancy)
        {
            yield break;
        }
        var state = context.State;
        var mother = pregnancy.Subjects[0];
        var reasons = state.KnownFactsAbout(mother)
            .Where(f => Triggers.Any(t => FactKey.Of(t) == f.Fact))
            .Select(f => f.Fact.Name.Replace('-', ' '))
            .ToList();
        var otherChildrenOnPlans = state.ChildrenOf(mother).Where(c => c != pregnancy.Unborn && state.PlansOf(c).Count > 0).ToList();
        if (otherChildrenOnPlans.Count > 0)
        {
            reasons.Add("another child has or had a plan");
        }
        if (reasons.Count == 0 || HasPreBirthAssessment(state, mother, pregnancy.Unborn))
        {
            yield break;
        }
        var notify = ChildsAgencies(context, pregnancy.Unborn, AgencyKind.ChildrensSocialCare, AgencyKind.Midwifery).ToList();
        if (state.AgencyOf(pregnancy.Agency).Kind == AgencyKind.Midwifery)
        {
            notify.Add(pregnancy.Agency);
        }
        yield return new Decision.Raise(Raise(context, [pregnancy.Unborn, mother], notify, null,
            $"Pregnancy (due {Show(pregnancy.Due)}) of {NameOf(context, mother)}: {string.Join("; ", reasons)}. Start a pre-birth assessment that includes both parents.",
            KeyOf(recorded.Id, mother)));
    }

    private static bool HasPreBirthAssessment(CaseState state, PersonId mother, PersonId unborn)
    {
        var recordedOn = state.PregnancyOf(unborn)?.RecordedOn ?? DateOnly.MinValue;
        return CaseFacts.AnyOfKindSince<Assessment>(state, -1, a => a.Type == AssessmentType.PreBirth
            && a.Date >= recordedOn
            && (a.Includes.Contains(mother) || a.Includes.Contains(unborn)));
    }
}
