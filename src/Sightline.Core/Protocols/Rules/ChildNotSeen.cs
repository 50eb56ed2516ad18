using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A child on a protection plan not seen by social care, or twice not reached at the door.</summary>
public sealed class ChildNotSeen : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "child-not-seen",
        "Child not seen",
        "A born child with an active child-protection plan not seen by children's social care (a contact with the child seen) for 10 working days from the later of the plan's start (or birth) and the last such contact; or a second consecutive no-access contact, by any agency, for a child with any active plan or an open S47 enquiry.",
        "Children's social care.",
        "See the child — alone where age allows — within a day, and review the plan.",
        "Baby R (Bexley): after the move to Kent nobody saw the older sibling — \"support plans and monitoring\" with the receiving authority. Baby C (Durham): \"The importance of regular monitoring the home environment in which a child lives in.\" Family T (Buckinghamshire): \"Professional understanding of the twins lived experience\".",
        "Working Together to Safeguard Children: the child seen regularly by the lead social worker; local procedures on statutory visits to children on plans.",
        ["ChildSeen"]);

    /// <inheritdoc/>
    /// <remarks>
    /// The clock of a child depends only on the child being born, their active child-protection
    /// plan and the last time social care saw them, which only births, plans starting or ending
    /// and contacts change. On any other event the rule would open the same clock again (already
    /// open, or raised, so nothing), so it is not asked.
    /// </remarks>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Born), typeof(PlanStarted), typeof(PlanEnded), typeof(Contact)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        var state = context.State;
        foreach (var child in state.ChildrenInIdOrder)
        {
            if (state.IsBornChild(child) && CaseFacts.ActivePlan(state, child, PlanType.ChildProtection) is { } plan)
            {
                var start = Latest(plan.Started, state.BornOn(child)!.Value, LastSeenBySocialCare(state, child) ?? DateOnly.MinValue);
                // The same clock is opened again until the child is seen; once open, or raised, it is left as it is.
                var key = KeyOf("unseen", child, start);
                if (IsOpenOrRaised(context, key))
                {
                    continue;
                }
                yield return new Decision.Open(new Obligation
                {
                    Rule = Id,
                    Key = key,
                    Subjects = [child],
                    OpenedOn = start,
                    DueOn = context.Due(context.Settings.ChildSeen, start),
                    OpenedBy = recorded.Sequence,
                });
            }
        }
        if (recorded.Event is Contact { Outcome: ContactOutcome.NoAccess } noAccess)
        {
            foreach (var child in noAccess.Subjects.Where(c => state.IsBornChild(c) && (state.ActivePlansOf(c).Any() || state.OpenS47Of(c) is not null)))
            {
                var previous = CaseFacts.LatestAbout<Contact>(state, child,
                    (r, c) => r.Sequence < recorded.Sequence && (c.ChildSeen || c.Outcome == ContactOutcome.NoAccess));
                if (previous is { Event: { Outcome: ContactOutcome.NoAccess } previousContact })
                {
                    yield return new Decision.Raise(Raise(context, [child], ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare), context.Due(Calendar.Timescale.WorkingDays(1), noAccess.Date),
                        $"Second consecutive visit with no access ({Show(previousContact.Date)} and {Show(noAccess.Date)}) to a child on a plan or in an S47 enquiry. See the child within a day.",
                        KeyOf("no-access", recorded.Id, child)));
                }
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
        if (LastSeenBySocialCare(state, child) is { } seen && seen > obligation.OpenedOn)
        {
            return ObligationStatus.Met;
        }
        return CaseFacts.ActivePlan(state, child, PlanType.ChildProtection) is null ? ObligationStatus.Lapsed : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var child = obligation.Subjects[0];
        var since = LastSeenBySocialCare(context.State, child) is { } seen ? $"last seen by children's social care on {Show(seen)}" : "not seen by children's social care since the plan began";
        return Raise(context, [child], ChildsAgencies(context, child, AgencyKind.ChildrensSocialCare), context.Due(Calendar.Timescale.WorkingDays(1), context.Today),
            $"Child on a child-protection plan {since} — {Span(context.Settings.ChildSeen)} have passed. See the child now.",
            obligation.Key);
    }

    private static DateOnly Latest(DateOnly a, DateOnly b, DateOnly c)
    {
        var ab = a > b ? a : b;
        return ab > c ? ab : c;
    }

    private static DateOnly? LastSeenBySocialCare(CaseState state, PersonId child)
    {
        // Read back from the latest contact: asked after every event while a clock is open.
        var contacts = state.EventsAbout(child, typeof(Contact));
        for (var i = contacts.Count - 1; i >= 0; i--)
        {
            if (contacts[i].Event is Contact { ChildSeen: true } c && state.AgencyOf(c.Agency).Kind == AgencyKind.ChildrensSocialCare)
            {
                return c.Date;
            }
        }
        return null;
    }
}
