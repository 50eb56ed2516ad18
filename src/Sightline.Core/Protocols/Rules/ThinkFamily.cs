using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>An adult service working with a parent of a baby (or a pregnant woman) shares nothing with the baby's agencies.</summary>
public sealed class ThinkFamily : ProtocolRule
{
    private static readonly (AgencyId Service, PersonId Adult, DateOnly Since)[] NoInvolvements = [];

    private static readonly AgencyKind[] AdultServices =
        [AgencyKind.AdultMentalHealth, AgencyKind.SubstanceMisuse, AgencyKind.Probation, AgencyKind.PerinatalMentalHealth];

    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "think-family",
        "Adult service not sharing with the baby's agencies",
        "An adult service (adult mental health, substance misuse, probation, perinatal mental health) is involved with a parent or carer of a child under 1, or with a parent of a recorded pregnancy, and has not shared information with the child's health visiting or children's social care agency within 5 working days of the later of its involvement and the adult becoming that parent or carer. One clock per service, adult and child.",
        "The adult service.",
        "The adult service shares what it knows with the child's health visitor and, where involved, children's social care.",
        "RS (Sandwell): \"Safeguarding should be a priority for all agencies and practitioners providing services to adults and should 'Think Family'\". Baby R (Bexley): \"Think Family\" and \"Parental mental health\" as key themes; the perinatal team now completes a safeguarding children assessment \"for every new service user (and their unborn/baby)\". Lily and Bobby (Cumberland): \"The importance of a Think Family approach\".",
        "Working Together to Safeguard Children (adult services' duty to consider children); Care Act 2014 statutory guidance on Think Family.",
        ["ThinkFamilySharing", "ThinkFamilyChildAgeYears"]);

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        // Asked about every event; most families no adult service has seen, and then there is nothing to build.
        var involvements = AdultServiceInvolvements(context.State);
        return involvements.Count == 0 ? [] : Clocks(context, recorded, involvements);
    }

    private IEnumerable<Decision> Clocks(RuleContext context, RecordedEvent recorded, IReadOnlyList<(AgencyId Service, PersonId Adult, DateOnly Since)> involvements)
    {
        foreach (var (service, adult, since) in involvements)
        {
            foreach (var (child, becameOn) in ChildrenInScope(context, adult))
            {
                // Every clock is opened again on every event; once open, or raised, it is left as it is.
                var key = KeyOf(service, adult, child);
                if (IsOpenOrRaised(context, key))
                {
                    continue;
                }
                var start = since > becameOn ? since : becameOn;
                yield return new Decision.Open(new Obligation
                {
                    Rule = Id,
                    Key = key,
                    Subjects = [child, adult],
                    OpenedOn = start,
                    DueOn = context.Due(context.Settings.ThinkFamilySharing, start),
                    OpenedBy = recorded.Sequence,
                    Agency = service,
                    Person = adult,
                });
            }
        }
    }

    /// <inheritdoc/>
    public override ObligationStatus StatusOf(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var state = context.State;
        var child = obligation.Subjects[0];
        var service = obligation.Agency!.Value;
        // A share counts from the start of the service's involvement with this adult.
        var involvedFrom = state.FirstRecordedBy(service, obligation.Person!.Value)!.Sequence;
        // The child's agencies are worked out only when the service has shared something since.
        List<AgencyId>? recipients = null;
        var shares = state.EventsOfKind(typeof(InformationShared));
        for (var i = shares.Count - 1; i >= 0 && shares[i].Sequence >= involvedFrom; i--)
        {
            if (shares[i].Event is InformationShared s && s.Agency == service)
            {
                recipients ??= Recipients(state, child);
                if (s.To.Any(recipients.Contains))
                {
                    return ObligationStatus.Met;
                }
            }
        }
        return ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var service = obligation.Agency!.Value;
        var (child, adult) = (obligation.Subjects[0], obligation.Subjects[1]);
        var who = context.State.IsUnborn(child) ? "an unborn baby" : $"a {CaseFacts.AgeInWords(context.State, child, context.Today)}";
        return Raise(context, [child, adult], [service], context.Today,
            $"{AgencyName(context, service)} has worked with {Describe(context, adult)}, parent or carer of {who}, since {Show(obligation.OpenedOn)} and has not shared with the child's health visitor or children's social care. Think family: share now.",
            obligation.Key);
    }

    /// <summary>The child's health visiting and social care agencies (a handful: a list is cheaper than a set).</summary>
    private static List<AgencyId> Recipients(CaseState state, PersonId child) =>
        [.. state.ChildsAgencies(child, AgencyKind.HealthVisiting).Select(a => a.Id),
            .. state.ChildsAgencies(child, AgencyKind.ChildrensSocialCare).Select(a => a.Id)];

    /// <summary>
    /// Each adult's first event from each adult service: adults in id order, each adult's services
    /// in the order they first recorded something about them. Read from the state's index of first
    /// events by agency kind, so a family no adult service has seen costs nothing on each event.
    /// </summary>
    private static IReadOnlyList<(AgencyId Service, PersonId Adult, DateOnly Since)> AdultServiceInvolvements(CaseState state)
    {
        List<(PersonId Adult, RecordedEvent First)>? firsts = null;
        foreach (var kind in AdultServices)
        {
            foreach (var (person, first) in state.FirstRecordedBy(kind))
            {
                if (state.HasPerson(person) && state.IsAdult(person))
                {
                    (firsts ??= []).Add((person, first));
                }
            }
        }
        if (firsts is null)
        {
            return NoInvolvements;
        }
        if (firsts.Count > 1)
        {
            firsts.Sort((a, b) => string.CompareOrdinal(a.Adult.Value, b.Adult.Value) is var byAdult and not 0
                ? byAdult
                : a.First.Sequence.CompareTo(b.First.Sequence));
        }
        return firsts.ConvertAll(f => (f.First.Event.Agency, f.Adult, f.First.Event.Date));
    }

    /// <summary>Children the adult is a parent or carer of while under 1, and recorded pregnancies of theirs, with the day each began.</summary>
    private static IEnumerable<(PersonId Child, DateOnly BecameOn)> ChildrenInScope(RuleContext context, PersonId adult)
    {
        var state = context.State;
        var parentOf = state.ChildrenOf(adult);
        foreach (var child in state.ChildrenInIdOrder)
        {
            if (state.IsUnborn(child))
            {
                if (state.PregnancyOf(child) is { } pregnancy && (parentOf.Contains(child) || pregnancy.Mother == adult))
                {
                    yield return (child, pregnancy.RecordedOn);
                }
            }
            else if (state.IsChildUnder(child, context.Settings.ThinkFamilyChildAgeYears, context.Today)
                && (parentOf.Contains(child) || state.CarersOf(child).Contains(adult)))
            {
                var born = state.BornOn(child)!.Value;
                var pregnancy = state.PregnancyOf(child);
                var became = parentOf.Contains(child) ? (pregnancy?.RecordedOn ?? born) : context.Today;
                yield return (child, became);
            }
        }
    }
}
