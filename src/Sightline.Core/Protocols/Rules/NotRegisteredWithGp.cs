using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A baby not registered with a GP by six weeks, or a child known to be unregistered seen by an agency.</summary>
public sealed class NotRegisteredWithGp : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "not-registered-with-gp",
        "Child not registered with a GP",
        "A child born during the case is 42 days old with no GP registration; or a child recorded as not registered with a GP is seen by any agency (raised at the first event about the child).",
        "Health visiting.",
        "Help the family register the child with a GP, and ask why they have not.",
        "RS (Sandwell): \"There were concerns about RS' weight gain, not being registered with a GP and not being brought to appointments—a pattern also seen with older sibling.\" Lily and Bobby (Cumberland): \"The importance of seeking and sharing information with all health professionals, especially with GPs\".",
        "NHS England guidance on GP registration of newborns (the 6–8 week check); Healthy Child Programme.",
        ["GpRegistrationByAgeDays"]);

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        var state = context.State;
        var e = recorded.Event;
        foreach (var child in e.Subjects.Where(state.IsBornChild))
        {
            var person = state.PersonOf(child);
            if (person.Role == Persons.PersonRole.Child && !person.GpRegistered && !state.IsGpRegistered(child))
            {
                yield return new Decision.Raise(Raise(context, [child], ChildsAgencies(context, child, AgencyKind.HealthVisiting), context.Today,
                    $"{NameOf(context, child)} is not registered with a GP and has been seen by {AgencyName(context, e.Agency)}. Help the family register the child.",
                    KeyOf("unregistered", child)));
            }
        }
        if (e is Born)
        {
            foreach (var child in e.Subjects)
            {
                yield return new Decision.Open(new Obligation
                {
                    Rule = Id,
                    Key = KeyOf("newborn", child),
                    Subjects = [child],
                    OpenedOn = e.Date,
                    DueOn = context.Due(Calendar.Timescale.Days(context.Settings.GpRegistrationByAgeDays), state.BornOn(child) ?? e.Date),
                    OpenedBy = recorded.Sequence,
                });
            }
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<Decision> AtEndOfDay(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        // A child given with a date of birth inside the case may have no born event: its clock starts all the same.
        foreach (var child in state.Children.Where(c => state.BornDuringCase(c) && !state.IsGpRegistered(c)).OrderBy(c => c.Value, StringComparer.Ordinal))
        {
            yield return new Decision.Open(new Obligation
            {
                Rule = Id,
                Key = KeyOf("newborn", child),
                Subjects = [child],
                OpenedOn = state.BornOn(child)!.Value,
                DueOn = context.Due(Calendar.Timescale.Days(context.Settings.GpRegistrationByAgeDays), state.BornOn(child)!.Value),
                OpenedBy = state.History.Count - 1,
            });
        }
    }

    /// <inheritdoc/>
    public override ObligationStatus StatusOf(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        return context.State.IsGpRegistered(obligation.Subjects[0]) ? ObligationStatus.Met : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var child = obligation.Subjects[0];
        return Raise(context, [child], ChildsAgencies(context, child, AgencyKind.HealthVisiting), context.Today,
            $"{NameOf(context, child)} is {context.Settings.GpRegistrationByAgeDays} days old and not registered with a GP. Help the family register the child before the 6–8 week check.",
            obligation.Key);
    }
}
