using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols.Rules;

/// <summary>A family with plans or a child removed elsewhere moves in, and nobody asks the old area for records.</summary>
public sealed class OutOfAreaHistory : ProtocolRule
{
    /// <inheritdoc/>
    public override RuleDescription Description { get; } = new(
        "out-of-area-history",
        "History in another area not requested",
        "A family moves into an area from another when a member has (or had) a plan of any kind held by another area, or a previous child removed known to an agency of another area — and no agency requests records from that area within 10 working days of the move.",
        "Children's social care of the new area.",
        "Request the records from the other area and analyse them in the family's assessment.",
        "Baby C (Durham): \"The importance of obtaining relevant information and analysis from out of area agencies who have recent or ongoing involvement with children and families.\" Baby R (Bexley): \"The parents of Baby R had been known to services in Croydon, Lewisham, Greenwich, Bexley and Kent\".",
        "Working Together to Safeguard Children on information sharing across local authority boundaries.",
        ["OutOfAreaRecordsRequest"]);

    /// <inheritdoc/>
    public override IReadOnlyCollection<Type> ReactsTo { get; } = [typeof(Moved)];

    /// <inheritdoc/>
    public override IEnumerable<Decision> OnEvent(RuleContext context, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Event is not Moved moved)
        {
            yield break;
        }
        var state = context.State;
        var movers = state.HouseholdOf(moved.Subjects[0]).ToList();
        var from = state.AreaBeforeLastMove(moved.Subjects[0]);
        if (from is null || from == moved.LocalAuthority)
        {
            yield break;
        }
        var children = moved.Subjects.Where(state.IsChild).Concat(movers.Where(m => state.IsUnborn(m) && !moved.Subjects.Contains(m))).ToList();
        foreach (var member in moved.Subjects.Concat(movers).Distinct())
        {
            foreach (var area in HistoryAreas(state, member, moved.LocalAuthority))
            {
                yield return new Decision.Open(new Obligation
                {
                    Rule = Id,
                    Key = KeyOf(recorded.Id, member, area),
                    Subjects = children.Append(member).Distinct().ToList(),
                    OpenedOn = moved.Date,
                    DueOn = context.Due(context.Settings.OutOfAreaRecordsRequest, moved.Date),
                    OpenedBy = recorded.Sequence,
                    Area = area,
                    OtherArea = moved.LocalAuthority,
                    Person = member,
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
        var requested = CaseFacts.AnyOfKindSince<RecordsRequested>(state, obligation.OpenedBy, q => state.AgencyOf(q.To).LocalAuthority == obligation.Area);
        return requested ? ObligationStatus.Met : ObligationStatus.Open;
    }

    /// <inheritdoc/>
    public override Alert Overdue(RuleContext context, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(obligation);
        var member = obligation.Person!.Value;
        return Raise(context, obligation.Subjects, AreaAgencies(context, obligation.OtherArea, AgencyKind.ChildrensSocialCare), context.Today,
            $"The family moved into {obligation.OtherArea} on {Show(obligation.OpenedOn)}; {Describe(context, member)} has history held in {obligation.Area}, and no records have been requested from there. Request them now.",
            obligation.Key);
    }

    /// <summary>Areas other than <paramref name="newArea"/> holding a plan of the person, or knowing a previous child removed.</summary>
    private static IEnumerable<string> HistoryAreas(CaseState state, PersonId person, string newArea)
    {
        var planAreas = state.PlansOf(person).Select(p => p.LocalAuthority);
        var removalAreas = state.KnownFactsAbout(person)
            .Where(f => f.Fact == FactKey.Of(HistoryFactKind.PreviousChildRemoved))
            .SelectMany(f => f.KnownTo.Select(a => state.AgencyOf(a).LocalAuthority));
        return planAreas.Concat(removalAreas).Where(a => a != newArea).Distinct().Order(StringComparer.Ordinal);
    }
}
