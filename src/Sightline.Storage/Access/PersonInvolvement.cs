using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Persons;
using Sightline.Storage.Queries;

namespace Sightline.Storage.Access;

/// <summary>
/// Which agencies are involved with a person, read from their family's folded history as the
/// scenario format's conventions define it: an agency is involved with a child from the first
/// event it records about the child or anyone in the child's household at that time, and while
/// it holds the child's plan. For an adult: the agencies that recorded an event about them, and
/// those involved with a child they live with or are a parent of.
/// </summary>
internal sealed class PersonInvolvement
{
    private PersonInvolvement(IReadOnlySet<AgencyId> recorded, IReadOnlySet<AgencyId> planHolders, IReadOnlyList<Agency> childrensSocialCare)
    {
        Recorded = recorded;
        PlanHolders = planHolders;
        ChildrensSocialCare = childrensSocialCare;
    }

    /// <summary>Agencies involved by the events they recorded.</summary>
    public IReadOnlySet<AgencyId> Recorded { get; }

    /// <summary>Children's social care of the areas holding an active plan of the person or of their children.</summary>
    public IReadOnlySet<AgencyId> PlanHolders { get; }

    /// <summary>
    /// The person's children's social care: those involved, plus, where none of them is in the
    /// person's current area, that area's. Told when someone breaks the glass on the record.
    /// </summary>
    public IReadOnlyList<Agency> ChildrensSocialCare { get; }

    /// <summary>Folds the family's whole history and reads the person's involvement now.</summary>
    /// <param name="record">The family record loaded for the person.</param>
    /// <param name="person">The person; a member of the record's network.</param>
    public static PersonInvolvement Of(FamilyRecord record, PersonId person) => Of(Fold(record), record, person);

    /// <summary>The family's whole history folded, for reading the involvement of several of its persons.</summary>
    /// <param name="record">The family record.</param>
    public static CaseState Fold(FamilyRecord record)
    {
        var state = new CaseState(record.History, record.KnownSince);
        for (var i = 0; i < record.History.Events.Count; i++)
        {
            var source = record.Sources[i];
            state.Apply(record.History.Events[i], $"{source.Agency}#{source.SourceId}");
        }
        return state;
    }

    /// <summary>The person's involvement read from their family's history already folded (<see cref="Fold"/>).</summary>
    /// <param name="state">The family's history folded.</param>
    /// <param name="record">The family record it was folded from.</param>
    /// <param name="person">The person; a member of the record's network.</param>
    public static PersonInvolvement Of(CaseState state, FamilyRecord record, PersonId person)
    {
        person = record.Resolved.Resolve(person);
        var children = state.IsChild(person)
            ? [person]
            : state.HouseholdOf(person).Where(state.IsChild).Concat(state.ChildrenOf(person)).Distinct().ToList();
        // LastRecordedAbout holds exactly the agencies that recorded an event about the child or
        // its household at the time; InvolvementWith would mix in plan holders, kept apart here.
        var recorded = children.SelectMany(c => state.LastRecordedAbout(c).Keys)
            .Concat(state.EventsAbout(person).Select(e => e.Event.Agency))
            .ToHashSet();
        var planHolders = children.SelectMany(state.ActivePlansOf)
            .SelectMany(plan => state.AgenciesIn(plan.LocalAuthority, AgencyKind.ChildrensSocialCare))
            .Select(a => a.Id)
            .ToHashSet();

        var socialCare = recorded.Concat(planHolders)
            .Select(state.AgencyOf)
            .Where(a => a.Kind == AgencyKind.ChildrensSocialCare)
            .ToList();
        var area = state.AreaOf(person);
        if (!socialCare.Exists(a => a.LocalAuthority == area))
        {
            socialCare.AddRange(state.AgenciesIn(area, AgencyKind.ChildrensSocialCare));
        }
        return new PersonInvolvement(recorded, planHolders, socialCare.DistinctBy(a => a.Id).ToList());
    }
}
