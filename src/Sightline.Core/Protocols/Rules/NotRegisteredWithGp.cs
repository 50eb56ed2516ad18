using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

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
    /// <remarks>
    /// Asked about every event, since any agency seeing an unregistered child counts; the
    /// decisions are built in a list, so an event that decides nothing (nearly all) builds nothing.
    /// </remarks>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        var state = context.State;
        var e = recorded.Event;
        List<Decision>? decisions = null;
        foreach (var child in e.Subjects)
        {
            if (!state.IsBornChild(child))
            {
                continue;
            }
            var person = state.PersonOf(child);
            // Raised once per child: every later event about the child would raise the same alert.
            if (person.Role == Persons.PersonRole.Child && !person.GpRegistered && !state.IsGpRegistered(child)
                && KeyOf("unregistered", child) is var key && !HasRaised(context, key))
            {
                (decisions ??= []).Add(new Decision.Raise(Raise(context, [child], ChildsAgencies(context, child, AgencyKind.HealthVisiting), context.Today,
                    $"{NameOf(context, child)} is not registered with a GP and has been seen by {AgencyName(context, e.Agency)}. Help the family register the child.",
                    key)));
            }
        }
        if (e is Born)
        {
            foreach (var child in e.Subjects)
            {
                var key = KeyOf("newborn", child);
                if (IsOpenOrRaised(context, key))
                {
                    continue;
                }
                (decisions ??= []).Add(NewbornClock(context, child, key, e.Date, state.BornOn(child) ?? e.Date, recorded.Sequence));
            }
        }
        return decisions ?? Enumerable.Empty<Decision>();
    }

    /// <inheritdoc/>
    public override IEnumerable<Decision> AtEndOfDay(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.State;
        List<Decision>? decisions = null;
        // A child given with a date of birth inside the case may have no born event: its clock starts all the same.
        foreach (var child in state.ChildrenInIdOrder)
        {
            // Registration first: it is one look-up, and most children are registered.
            if (state.IsGpRegistered(child) || !state.BornDuringCase(child))
            {
                continue;
            }
            // Opened again every day until registered: once open, or raised, it is left as it is.
            var key = KeyOf("newborn", child);
            if (IsOpenOrRaised(context, key))
            {
                continue;
            }
            (decisions ??= []).Add(NewbornClock(context, child, key, state.BornOn(child)!.Value, state.BornOn(child)!.Value, state.History.Count - 1));
        }
        return decisions ?? Enumerable.Empty<Decision>();
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

    /// <summary>The clock that runs from birth to the age by which a child should be registered with a GP.</summary>
    private Decision.Open NewbornClock(RuleContext context, PersonId child, string key, DateOnly openedOn, DateOnly born, int openedBy) =>
        new Decision.Open(new Obligation
        {
            Rule = Id,
            Key = key,
            Subjects = [child],
            OpenedOn = openedOn,
            DueOn = context.Due(Calendar.Timescale.Days(context.Settings.GpRegistrationByAgeDays), born),
            OpenedBy = openedBy,
        });
}
