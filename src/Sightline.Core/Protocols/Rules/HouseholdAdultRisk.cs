using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A risk fact about an adult around a baby that the baby's health visiting or social care has not been told.</summary>
public sealed class HouseholdAdultRisk : ProtocolRule
{
    private static readonly HashSet<string> RiskHistory =
    [
        "probation-supervision", "violent-offending", "domestic-abuse-perpetrator", "substance-misuse", "previous-child-removed",
    ];

    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "household-adult-risk",
        "Adult's risk unknown to the baby's agencies",
        "An adult living with a child under 2, or a parent of such a child, has a risk fact (probation supervision, violent offending, domestic abuse perpetrator, substance misuse, a previous child removed, a police incident, a probation event) known to some agency but not to the child's health visiting or children's social care agency. Checked at the end of each day, once per child, adult and fact.",
        "The child's health visiting, GP and children's social care agencies.",
        "The agency that holds the fact shares it with health visiting and children's social care, and the child's assessment takes it into account.",
        "RS (Sandwell): \"Father ... had a history of drug abuse and criminality. He was under supervision of Community Rehabilitation Companies in London and Birmingham but failed to engage with his orders. Health agencies were unaware of his background.\" Family T (Buckinghamshire): domestic abuse and drug misuse. Lily and Bobby (Cumberland): the father's substance misuse was known to the GP alone.",
        "Child Safeguarding Practice Review Panel, 'The Myth of Invisible Men' (2021); NSPCC 'Unseen men' (2022); Working Together to Safeguard Children on information sharing.",
        ["HouseholdRiskChildAgeYears"]);

    /// <inheritdoc/>
    /// <remarks>None: the rule decides only at the end of a day.</remarks>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Decision> AtEndOfDay(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Most families have no one with a risk fact at all: then no child has one around them.
        return AnyRiskFact(context.State) ? Decide(context) : [];
    }

    private static bool AnyRiskFact(CaseState state)
    {
        foreach (var person in state.PersonsWithKnownFacts)
        {
            if (HasRiskFact(state, person))
            {
                return true;
            }
        }
        return false;
    }

    private IEnumerable<Decision> Decide(RuleContext context)
    {
        var state = context.State;
        foreach (var child in state.ChildrenInIdOrder)
        {
            // Most babies have no adult around them with a risk fact, and nothing else is read for them.
            if (!state.IsChildUnder(child, context.Settings.HouseholdRiskChildAgeYears, context.Today) || !AnyRiskAround(state, child))
            {
                continue;
            }
            // Each risk fact about each adult around the child, in the order decided, less those
            // whose alert is already raised: the condition is checked every day but raised once,
            // so the child's agencies are worked out only while something is left to raise.
            var pending = new List<(PersonId Adult, FactKey Fact, IReadOnlyCollection<AgencyId> KnownTo, string Key)>();
            foreach (var adult in state.HouseholdOf(child).Where(state.IsAdult).Concat(state.ParentsOf(child)).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal))
            {
                foreach (var (fact, knownTo) in state.KnownFactsAbout(adult).Where(f => IsRisk(f.Fact)).OrderBy(f => f.Fact.Name, StringComparer.Ordinal))
                {
                    var key = KeyOf(child, adult, fact.Name);
                    if (!HasRaised(context, key))
                    {
                        pending.Add((adult, fact, knownTo, key));
                    }
                }
            }
            if (pending.Count == 0)
            {
                continue;
            }
            var told = state.ChildsAgencies(child, AgencyKind.HealthVisiting).Concat(state.ChildsAgencies(child, AgencyKind.ChildrensSocialCare)).ToList();
            if (told.Count == 0)
            {
                continue;
            }
            foreach (var (adult, fact, knownTo, key) in pending)
            {
                var untold = told.Where(a => !knownTo.Contains(a.Id)).ToList();
                if (untold.Count == 0)
                {
                    continue;
                }
                var notify = ChildsAgencies(context, child, AgencyKind.HealthVisiting, AgencyKind.Gp, AgencyKind.ChildrensSocialCare);
                var holders = string.Join(", ", knownTo.Select(a => AgencyName(context, a)).Order(StringComparer.Ordinal));
                var missing = string.Join(", ", untold.Select(a => a.Name));
                yield return new Decision.Raise(Raise(context, [child, adult], notify, null,
                    $"{Capital(Describe(context, adult))}, around a child under {context.Settings.HouseholdRiskChildAgeYears}, has {fact.Name.Replace(':', ' ').Replace('-', ' ')} known to {holders} but not to {missing}. Share it and take it into the child's assessment.",
                    key));
            }
        }
    }

    /// <summary>Whether an adult living with the child, or a parent of the child, has a risk fact known to some agency.</summary>
    private static bool AnyRiskAround(CaseState state, PersonId child)
    {
        foreach (var member in state.HouseholdOf(child))
        {
            if (state.IsAdult(member) && HasRiskFact(state, member))
            {
                return true;
            }
        }
        foreach (var parent in state.ParentsOf(child))
        {
            if (HasRiskFact(state, parent))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasRiskFact(CaseState state, PersonId adult)
    {
        foreach (var (fact, _) in state.KnownFactsAbout(adult))
        {
            if (IsRisk(fact))
            {
                return true;
            }
        }
        return false;
    }

    private static string Capital(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);

    private static bool IsRisk(FactKey fact) =>
        RiskHistory.Contains(fact.Name)
        || fact.Name.StartsWith("police-incident:", StringComparison.Ordinal)
        || fact.Name.StartsWith("probation:", StringComparison.Ordinal);
}
