using Sightline.Core.Persons;
using Sightline.Linkage.Training;

namespace Sightline.Linkage.Resolution;

/// <summary>
/// Decides whether an arriving agency record is a person already known. An NHS number with a
/// valid check digit on both records settles it: the same number links at once, two different
/// numbers are two people (the check digit catches the single-digit and transposition slips that
/// would otherwise make one person two numbers). Without numbers on both, the person model's
/// probability decides against the thresholds. Unborn children are never resolved: they have no
/// name or date of birth of their own to compare, and a wrong link would merge two pregnancies.
/// Pure: the caller finds the candidates and stores the decisions.
/// </summary>
/// <param name="model">The trained model over <see cref="PersonMatchModel.Columns"/>.</param>
/// <param name="thresholds">The link and review thresholds.</param>
public sealed class PersonResolver(LinkageModel model, ResolutionThresholds thresholds)
{
    /// <summary>The shipped model with the default thresholds.</summary>
    public static PersonResolver Default { get; } = new(PersonMatchModel.Model, ResolutionThresholds.Default);

    /// <summary>The thresholds in use.</summary>
    public ResolutionThresholds Thresholds => thresholds;

    /// <summary>
    /// Every link or review decision between an incoming record and the known records it is
    /// compared with (pairs left apart are not returned), strongest first.
    /// </summary>
    public IReadOnlyList<ResolutionDecision> Decide(Person incoming, IReadOnlyList<Person> known)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(known);
        if (!IsResolvable(incoming))
        {
            return [];
        }
        var candidates = known.Where(k => k.Id != incoming.Id && IsResolvable(k)).ToList();
        var decisions = new List<ResolutionDecision>();
        var scored = new List<Person>();
        foreach (var candidate in candidates)
        {
            if (incoming.NhsNumber is { } mine && candidate.NhsNumber is { } theirs)
            {
                if (mine == theirs)
                {
                    decisions.Add(new ResolutionDecision(incoming.Id, candidate.Id, ResolutionOutcome.Link, ResolutionMethod.NhsNumber, 1.0, []));
                }
                continue;
            }
            scored.Add(candidate);
        }
        if (scored.Count > 0)
        {
            decisions.AddRange(Score(incoming, scored));
        }
        return decisions.OrderByDescending(d => d.Outcome).ThenByDescending(d => d.Probability).ThenBy(d => d.Known.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each comparison's evidence for two records, whatever the outcome: what the review list shows.</summary>
    public ResolutionDecision Explain(Person left, Person right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var session = Session([left, right]);
        var explanation = session.Explain(model, 0, 1);
        return new ResolutionDecision(left.Id, right.Id, OutcomeOf(explanation.Probability), ResolutionMethod.Model, explanation.Probability, explanation.Evidence);
    }

    /// <summary>False for records that cannot be compared: unborn children, and records with neither a name nor an NHS number.</summary>
    public static bool IsResolvable(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Role != PersonRole.Unborn && (person.NhsNumber is not null || !string.IsNullOrWhiteSpace(person.Name));
    }

    private IEnumerable<ResolutionDecision> Score(Person incoming, List<Person> candidates)
    {
        var session = Session([incoming, .. candidates]);
        for (var i = 0; i < candidates.Count; i++)
        {
            var probability = session.Probability(model, 0, i + 1);
            var outcome = OutcomeOf(probability);
            if (outcome == ResolutionOutcome.Apart)
            {
                continue;
            }
            var explanation = session.Explain(model, 0, i + 1);
            yield return new ResolutionDecision(incoming.Id, candidates[i].Id, outcome, ResolutionMethod.Model, probability, explanation.Evidence);
        }
    }

    private ResolutionOutcome OutcomeOf(double probability) =>
        probability >= thresholds.Link ? ResolutionOutcome.Link
        : probability >= thresholds.Review ? ResolutionOutcome.Review
        : ResolutionOutcome.Apart;

    private static LinkageSession Session(IReadOnlyList<Person> persons)
    {
        var values = persons.Select(PersonMatchModel.ValuesOf).ToArray();
        var columns = PersonMatchModel.Columns.Select((_, c) => values.Select(v => v[c]).ToArray()).ToArray();
        var table = new RecordTable(PersonMatchModel.Columns, persons.Select(p => p.Id.Value).ToArray(), new int[persons.Count], columns);
        return new LinkageSession(PersonMatchModel.Settings, table);
    }
}
