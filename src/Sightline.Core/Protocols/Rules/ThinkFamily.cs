using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>An adult service working with a parent of a baby (or a pregnant woman) shares nothing with the baby's agencies.</summary>
public sealed class ThinkFamily : ProtocolRule
{
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
        var state = context.State;
        foreach (var (service, adult, since) in AdultServiceInvolvements(state))
        {
            foreach (var (child, becameOn) in ChildrenInScope(context, adult))
            {
                var start = since > becameOn ? since : becameOn;
                yield return new Decision.Open(new Obligation
                {
                    Rule = Id,
                    Key = KeyOf(service, adult, child),
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
        var recipients = state.ChildsAgencies(child, AgencyKind.HealthVisiting)
            .Concat(state.ChildsAgencies(child, AgencyKind.ChildrensSocialCare))
            .Select(a => a.Id)
            .ToHashSet();
        // A share counts from the start of the service's involvement with this adult.
        var involvedFrom = state.EventsAbout(obligation.Person!.Value).First(r => r.Event.Agency == obligation.Agency).Sequence;
        var shared = state.History.Skip(involvedFrom).Any(r => r.Event is InformationShared s && s.Agency == obligation.Agency && s.To.Any(recipients.Contains));
        return shared ? ObligationStatus.Met : ObligationStatus.Open;
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

    private static IEnumerable<(AgencyId Service, PersonId Adult, DateOnly Since)> AdultServiceInvolvements(CaseState state)
    {
        foreach (var adult in state.Persons.Select(p => p.Id).Where(state.IsAdult).OrderBy(a => a.Value, StringComparer.Ordinal))
        {
            var seen = new HashSet<AgencyId>();
            foreach (var r in state.EventsAbout(adult))
            {
                if (AdultServices.Contains(state.AgencyOf(r.Event.Agency).Kind) && seen.Add(r.Event.Agency))
                {
                    yield return (r.Event.Agency, adult, r.Event.Date);
                }
            }
        }
    }

    /// <summary>Children the adult is a parent or carer of while under 1, and recorded pregnancies of theirs, with the day each began.</summary>
    private static IEnumerable<(PersonId Child, DateOnly BecameOn)> ChildrenInScope(RuleContext context, PersonId adult)
    {
        var state = context.State;
        var parentOf = state.ChildrenOf(adult).ToHashSet();
        foreach (var child in state.Children.OrderBy(c => c.Value, StringComparer.Ordinal))
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
