using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Core.Cases;

/// <summary>
/// A family's world on a given day, folded from its history one event at a time: who lives
/// with whom and where, plans and the area holding each, mobility, admissions and placements,
/// which agencies are involved with each child and which agencies know each fact. Folding the
/// events up to any day reconstructs that day.
/// </summary>
public sealed partial class CaseState
{
    private readonly Dictionary<AgencyId, Agency> agencies;
    private readonly Dictionary<(string? Area, AgencyKind Kind), List<Agency>> agenciesByArea = [];
    private readonly Dictionary<PersonId, Person> persons;
    private readonly List<Relationship> relationships;
    private readonly Dictionary<PersonId, List<PersonId>> parentsOf = [];
    private readonly Dictionary<PersonId, List<PersonId>> childrenOf = [];
    private readonly Dictionary<PersonId, List<PersonId>> carersOf = [];
    private readonly Dictionary<PersonId, PersonRole> roles = [];
    private readonly Dictionary<PersonId, DateOnly> bornOn = [];
    private readonly Dictionary<PersonId, DateOnly> diedOn = [];
    private readonly Dictionary<PersonId, Mobility> mobility = [];
    private readonly HashSet<PersonId> gpRegistered = [];
    private readonly Dictionary<PersonId, HouseholdState> householdOf = [];
    private readonly Dictionary<PersonId, string?> previousArea = [];
    private readonly HashSet<PersonId> placed = [];
    private readonly Dictionary<PersonId, RecordedEvent> admittedBy = [];
    private readonly Dictionary<PersonId, RecordedEvent> s47OpenedBy = [];
    private readonly Dictionary<PersonId, List<PlanRecord>> plans = [];
    private readonly Dictionary<PersonId, (PersonId Mother, DateOnly RecordedOn)> pregnancies = [];
    private readonly Dictionary<PersonId, Dictionary<AgencyId, Recorded>> recordedAbout = [];
    private readonly Dictionary<PersonId, Dictionary<FactKey, HashSet<AgencyId>>> knowers = [];
    private readonly List<RecordedEvent> history = [];
    private readonly Dictionary<PersonId, PersonEvents> historyAbout = [];
    private readonly Dictionary<Type, List<RecordedEvent>> historyByKind = [];
    private readonly Dictionary<AgencyKind, List<(PersonId Person, RecordedEvent First)>> firstRecordedByKind = [];
    private readonly List<PersonId> children = [];
    private readonly List<PersonId> childrenInIdOrder = [];

    /// <summary>Builds the state before the first event from a case history's agencies, persons, relationships and households.</summary>
    /// <param name="start">The case history.</param>
    /// <param name="knownFrom">
    /// The day the case became known (a scenario's day 0). A child born on or after it was born
    /// during the case, so its GP registration must be recorded by an event, not assumed.
    /// </param>
    public CaseState(CaseHistory start, DateOnly? knownFrom = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        KnownFrom = knownFrom;
        agencies = start.Agencies.ToDictionary(a => a.Id);
        persons = start.Persons.ToDictionary(p => p.Id);
        relationships = [.. start.Relationships];
        // Relationships do not change during a case: who is whose parent or carer is read from
        // these lookups (each in the order the relationships are listed) rather than by scanning.
        foreach (var r in relationships)
        {
            switch (r.Type)
            {
                case RelationshipType.Parent:
                    Append(parentsOf, r.To, r.From);
                    Append(childrenOf, r.From, r.To);
                    break;
                case RelationshipType.Carer:
                    Append(carersOf, r.To, r.From);
                    break;
                default:
                    break;
            }
        }
        foreach (var p in start.Persons)
        {
            roles[p.Id] = p.Role;
            if (p.Born is { } born)
            {
                bornOn[p.Id] = born;
            }
            if (p.Mobility is { } m)
            {
                mobility[p.Id] = m;
            }
            if (p.Role == PersonRole.Child && p.GpRegistered && !(knownFrom is { } from && p.Born >= from))
            {
                gpRegistered.Add(p.Id);
            }
            foreach (var fact in p.History)
            {
                foreach (var agency in fact.KnownTo)
                {
                    Learn(p.Id, FactKey.Of(fact.Fact), agency);
                }
            }
        }
        foreach (var id in roles.Keys)
        {
            NoteIfChild(id);
        }
        foreach (var h in start.Households)
        {
            var area = h.Members.Select(m => persons.GetValueOrDefault(m)?.LocalAuthority).FirstOrDefault(a => a is not null);
            var household = new HouseholdState(area, null);
            foreach (var m in h.Members)
            {
                household.Members.Add(m);
                householdOf[m] = household;
            }
        }
        foreach (var p in start.Persons.Where(p => !householdOf.ContainsKey(p.Id)))
        {
            var mother = p.Role == PersonRole.Unborn ? MotherOf(p.Id) : null;
            if (mother is { } m && householdOf.TryGetValue(m, out var mothers))
            {
                mothers.Members.Add(p.Id);
                householdOf[p.Id] = mothers;
            }
            else
            {
                householdOf[p.Id] = HouseholdState.Alone(p.Id, p.LocalAuthority);
            }
        }
    }

    /// <summary>The day the case became known, when given.</summary>
    public DateOnly? KnownFrom { get; }

    /// <summary>Whether the child was born during the case (on or after the day it became known, or by a recorded birth).</summary>
    public bool BornDuringCase(PersonId id) =>
        IsBornChild(id) && BornOn(id) is { } born && (persons[id].Role == PersonRole.Unborn || (KnownFrom is { } from && born >= from));

    /// <summary>The day of the last event applied, or null before any.</summary>
    public DateOnly? Today { get; private set; }

    /// <summary>Every event applied so far, in order.</summary>
    public IReadOnlyList<RecordedEvent> History => history;

    /// <summary>Every agency of the case.</summary>
    public IEnumerable<Agency> Agencies => agencies.Values;

    /// <summary>Every person of the case.</summary>
    public IEnumerable<Person> Persons => persons.Values;

    /// <summary>Whether the person is one of the case's persons (an event may name others).</summary>
    public bool HasPerson(PersonId id) => persons.ContainsKey(id);

    /// <summary>The agency with this id.</summary>
    public Agency AgencyOf(AgencyId id) => agencies[id];

    /// <summary>The person with this id, as first recorded.</summary>
    public Person PersonOf(PersonId id) => persons[id];

    /// <summary>The person's role now: an unborn child becomes a child at birth.</summary>
    public PersonRole RoleOf(PersonId id) => roles[id];

    /// <summary>True for a born child.</summary>
    public bool IsBornChild(PersonId id) => roles[id] == PersonRole.Child;

    /// <summary>True for a child not yet born.</summary>
    public bool IsUnborn(PersonId id) => roles[id] == PersonRole.Unborn;

    /// <summary>True for a child, born or unborn.</summary>
    public bool IsChild(PersonId id) => roles[id] is PersonRole.Child or PersonRole.Unborn;

    /// <summary>True for an adult.</summary>
    public bool IsAdult(PersonId id) => !IsChild(id);

    /// <summary>Every child of the case, born or unborn.</summary>
    public IEnumerable<PersonId> Children => children;

    /// <summary>Every child of the case, born or unborn, in the ordinal order of their ids (the order in which rules decide about children).</summary>
    public IReadOnlyList<PersonId> ChildrenInIdOrder => childrenInIdOrder;

    /// <summary>Date of birth, when born.</summary>
    public DateOnly? BornOn(PersonId id) => bornOn.TryGetValue(id, out var d) ? d : null;

    /// <summary>Whether an incident records anyone's death.</summary>
    public bool AnyoneDied => diedOn.Count > 0;

    /// <summary>The day the person died, where an incident records it.</summary>
    public DateOnly? DiedOn(PersonId id) => diedOn.TryGetValue(id, out var d) ? d : null;

    /// <summary>Age in whole days on a day; null for the unborn.</summary>
    public int? AgeInDays(PersonId id, DateOnly on) => BornOn(id) is { } b ? on.DayNumber - b.DayNumber : null;

    /// <summary>"A child under N": a born child younger than <paramref name="years"/> years on that day.</summary>
    public bool IsChildUnder(PersonId id, int years, DateOnly on) =>
        IsBornChild(id) && BornOn(id) is { } b && on < b.AddYears(years);

    /// <summary>The child's recorded mobility, if any.</summary>
    public Mobility? RecordedMobility(PersonId id) => mobility.TryGetValue(id, out var m) ? m : null;

    /// <summary>Whether the child is registered with a GP.</summary>
    public bool IsGpRegistered(PersonId id) => gpRegistered.Contains(id);

    /// <summary>The persons living with this person now, themselves included.</summary>
    public IReadOnlyCollection<PersonId> HouseholdOf(PersonId id) => householdOf[id].Members;

    /// <summary>The local authority where the person lives now.</summary>
    public string? AreaOf(PersonId id) => householdOf[id].Area;

    /// <summary>The kind of housing the person lives in now, when known.</summary>
    public Housing? HousingOf(PersonId id) => householdOf[id].Housing;

    /// <summary>Where the person lived before their latest move; null if they have not moved.</summary>
    public string? AreaBeforeLastMove(PersonId id) => previousArea.GetValueOrDefault(id);

    /// <summary>Whether the child is placed away from home (foster, kinship or residential).</summary>
    public bool IsPlaced(PersonId id) => placed.Contains(id);

    /// <summary>The admission of a child now in hospital, or null.</summary>
    public RecordedEvent? AdmissionOf(PersonId id) => admittedBy.GetValueOrDefault(id);

    /// <summary>The start of the child's open section 47 enquiry, or null.</summary>
    public RecordedEvent? OpenS47Of(PersonId id) => s47OpenedBy.GetValueOrDefault(id);

    /// <summary>"At home": neither in hospital nor placed.</summary>
    public bool IsAtHome(PersonId id) => !admittedBy.ContainsKey(id) && !placed.Contains(id);

    /// <summary>Every plan the child has had, oldest first.</summary>
    public IReadOnlyList<PlanRecord> PlansOf(PersonId id) => plans.TryGetValue(id, out var list) ? list : [];

    /// <summary>The child's active plans.</summary>
    public IEnumerable<PlanRecord> ActivePlansOf(PersonId id) => PlansOf(id).Where(p => p.IsActive);

    /// <summary>The day the unborn child's pregnancy was first recorded, with the mother.</summary>
    public (PersonId Mother, DateOnly RecordedOn)? PregnancyOf(PersonId unborn) =>
        pregnancies.TryGetValue(unborn, out var p) ? p : null;

    /// <summary>Relationships between the persons.</summary>
    public IReadOnlyList<Relationship> Relationships => relationships;

    /// <summary>The child's parents (by a <c>parent</c> relationship).</summary>
    public IEnumerable<PersonId> ParentsOf(PersonId child) => parentsOf.TryGetValue(child, out var list) ? list : [];

    /// <summary>The children of a parent (by a <c>parent</c> relationship).</summary>
    public IEnumerable<PersonId> ChildrenOf(PersonId parent) => childrenOf.TryGetValue(parent, out var list) ? list : [];

    /// <summary>The child's mother: a parent whose role is mother.</summary>
    public PersonId? MotherOf(PersonId child)
    {
        if (parentsOf.TryGetValue(child, out var parents))
        {
            foreach (var parent in parents)
            {
                if (persons[parent].Role == PersonRole.Mother)
                {
                    return parent;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The child's carers in the think-family sense: adults in the child's household, and adults
    /// with a <c>carer</c> relationship to the child, wherever they live.
    /// </summary>
    public IEnumerable<PersonId> CarersOf(PersonId child) =>
        HouseholdOf(child).Where(IsAdult)
            .Concat(carersOf.TryGetValue(child, out var carers) ? carers : [])
            .Distinct();

    /// <summary>The child's siblings: a <c>sibling</c> relationship either way, or a parent in common.</summary>
    public IEnumerable<PersonId> SiblingsOf(PersonId child)
    {
        var parents = ParentsOf(child).ToHashSet();
        return relationships
            .Where(r => r.Type == RelationshipType.Sibling && (r.From == child || r.To == child))
            .Select(r => r.From == child ? r.To : r.From)
            .Concat(relationships.Where(r => r.Type == RelationshipType.Parent && parents.Contains(r.From) && r.To != child).Select(r => r.To))
            .Distinct();
    }

    /// <summary>The agencies involved with the child, and since when (plan holders included while they hold the plan).</summary>
    public IReadOnlyDictionary<AgencyId, DateOnly> InvolvementWith(PersonId child)
    {
        var involved = new Dictionary<AgencyId, DateOnly>();
        if (recordedAbout.TryGetValue(child, out var byAgency))
        {
            foreach (var (agency, recorded) in byAgency)
            {
                involved.Add(agency, recorded.First);
            }
        }
        foreach (var plan in ActivePlansOf(child))
        {
            foreach (var csc in AgenciesIn(plan.LocalAuthority, AgencyKind.ChildrensSocialCare))
            {
                involved.TryAdd(csc.Id, plan.Started);
            }
        }
        return involved;
    }

    /// <summary>
    /// For each agency, the last day it recorded an event about the child or about someone in the
    /// child's household at the time.
    /// </summary>
    public IReadOnlyDictionary<AgencyId, DateOnly> LastRecordedAbout(PersonId child)
    {
        var latest = new Dictionary<AgencyId, DateOnly>();
        if (recordedAbout.TryGetValue(child, out var byAgency))
        {
            foreach (var (agency, recorded) in byAgency)
            {
                latest.Add(agency, recorded.Last);
            }
        }
        return latest;
    }

    /// <summary>Every agency of a kind in an area.</summary>
    public IEnumerable<Agency> AgenciesIn(string? area, AgencyKind kind) => AgencyList(area, kind);

    /// <summary>
    /// The agencies of a kind in an area, found once per area and kind: rules ask for a child's
    /// agencies every day, and a case may list every agency of a region. Ordered by id, so an alert
    /// reads the same whichever order the agencies were delivered in.
    /// </summary>
    private List<Agency> AgencyList(string? area, AgencyKind kind)
    {
        if (!agenciesByArea.TryGetValue((area, kind), out var list))
        {
            list = [];
            foreach (var agency in agencies.Values)
            {
                if (agency.Kind == kind && agency.LocalAuthority == area)
                {
                    list.Add(agency);
                }
            }
            list.Sort((a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
            agenciesByArea[(area, kind)] = list;
        }
        return list;
    }

    /// <summary>
    /// "The child's X agencies": the involved agencies of that kind, plus, where none of them is in
    /// the child's current area, the agencies of that kind in that area. Empty where the case has
    /// no agency of the kind, so that part of a rule does not apply.
    /// </summary>
    public IReadOnlyList<Agency> ChildsAgencies(PersonId child, AgencyKind kind)
    {
        // As InvolvementWith(child).Keys, in its order (the agencies involved first, then the
        // holders of active plans not already among them), without building that dictionary:
        // several rules ask this for every child on every day.
        var area = AreaOf(child);
        var involved = new List<Agency>();
        var inArea = false;
        var direct = recordedAbout.GetValueOrDefault(child);
        if (direct is not null)
        {
            foreach (var id in direct.Keys)
            {
                inArea |= AddOfKind(involved, AgencyOf(id), kind, area);
            }
        }
        if (kind == AgencyKind.ChildrensSocialCare && plans.TryGetValue(child, out var planList))
        {
            foreach (var plan in planList)
            {
                if (!plan.IsActive)
                {
                    continue;
                }
                foreach (var csc in AgencyList(plan.LocalAuthority, AgencyKind.ChildrensSocialCare))
                {
                    if (direct?.ContainsKey(csc.Id) != true && !involved.Contains(csc))
                    {
                        inArea |= AddOfKind(involved, csc, kind, area);
                    }
                }
            }
        }
        if (!inArea)
        {
            foreach (var agency in AgencyList(area, kind))
            {
                if (!involved.Contains(agency))
                {
                    involved.Add(agency);
                }
            }
        }
        return involved;
    }

    private static bool AddOfKind(List<Agency> involved, Agency agency, AgencyKind kind, string? area)
    {
        if (agency.Kind != kind)
        {
            return false;
        }
        involved.Add(agency);
        return agency.LocalAuthority == area;
    }

    /// <summary>Whether the agency knows the fact about the person.</summary>
    public bool Knows(AgencyId agency, PersonId person, FactKey fact) =>
        knowers.TryGetValue(person, out var facts) && facts.TryGetValue(fact, out var set) && set.Contains(agency);

    /// <summary>The persons about whom at least one agency knows a fact.</summary>
    public IReadOnlyCollection<PersonId> PersonsWithKnownFacts => knowers.Keys;

    /// <summary>The facts about a person that at least one agency knows, with who knows them.</summary>
    public IEnumerable<(FactKey Fact, IReadOnlyCollection<AgencyId> KnownTo)> KnownFactsAbout(PersonId person) =>
        knowers.TryGetValue(person, out var facts)
            ? facts.Where(k => k.Value.Count > 0).Select(k => (k.Key, (IReadOnlyCollection<AgencyId>)k.Value))
            : [];

    /// <summary>Events whose subjects include the person, in order.</summary>
    public IReadOnlyList<RecordedEvent> EventsAbout(PersonId person) => historyAbout.TryGetValue(person, out var about) ? about.All : [];

    /// <summary>Events of exactly this type (a sealed event record) whose subjects include the person, in order.</summary>
    public IReadOnlyList<RecordedEvent> EventsAbout(PersonId person, Type kind) =>
        historyAbout.TryGetValue(person, out var about) && about.ByKind.TryGetValue(kind, out var list) ? list : [];

    /// <summary>Every event of exactly this type (a sealed event record), in order.</summary>
    public IReadOnlyList<RecordedEvent> EventsOfKind(Type kind) => historyByKind.TryGetValue(kind, out var list) ? list : [];

    /// <summary>The first event each agency recorded about the person, or null when it has recorded none.</summary>
    public RecordedEvent? FirstRecordedBy(AgencyId agency, PersonId person) =>
        historyAbout.TryGetValue(person, out var about) ? about.FirstByAgency.GetValueOrDefault(agency) : null;

    /// <summary>
    /// For every person and every agency of this kind that recorded an event about them, the first
    /// such event, in the order recorded.
    /// </summary>
    public IReadOnlyList<(PersonId Person, RecordedEvent First)> FirstRecordedBy(AgencyKind kind) =>
        firstRecordedByKind.TryGetValue(kind, out var list) ? list : [];

    private void Learn(PersonId person, FactKey fact, AgencyId agency)
    {
        if (!knowers.TryGetValue(person, out var facts))
        {
            knowers[person] = facts = [];
        }
        if (!facts.TryGetValue(fact, out var set))
        {
            facts[fact] = set = [];
        }
        set.Add(agency);
    }

    private static void Append(Dictionary<PersonId, List<PersonId>> lookup, PersonId key, PersonId value)
    {
        if (!lookup.TryGetValue(key, out var list))
        {
            lookup[key] = list = [];
        }
        list.Add(value);
    }

    private void NoteIfChild(PersonId id)
    {
        if (roles[id] is not (PersonRole.Child or PersonRole.Unborn) || children.Contains(id))
        {
            return;
        }
        children.Add(id);
        var at = childrenInIdOrder.BinarySearch(id, IdOrder.Instance);
        childrenInIdOrder.Insert(at < 0 ? ~at : at, id);
    }

    /// <summary>Persons by the ordinal order of their ids.</summary>
    private sealed class IdOrder : IComparer<PersonId>
    {
        public static readonly IdOrder Instance = new();

        public int Compare(PersonId x, PersonId y) => string.CompareOrdinal(x.Value, y.Value);
    }

    /// <summary>The first and the last day an agency recorded an event about a child or the child's household of the time.</summary>
    private readonly record struct Recorded(DateOnly First, DateOnly Last);

    /// <summary>A person's events: all of them, by type, and each agency's first.</summary>
    private sealed class PersonEvents
    {
        public List<RecordedEvent> All { get; } = [];

        public Dictionary<Type, List<RecordedEvent>> ByKind { get; } = [];

        public Dictionary<AgencyId, RecordedEvent> FirstByAgency { get; } = [];
    }

    private sealed class HouseholdState(string? area, Housing? housing)
    {
        public HashSet<PersonId> Members { get; } = [];

        public string? Area { get; } = area;

        public Housing? Housing { get; } = housing;

        public static HouseholdState Alone(PersonId person, string? area)
        {
            var h = new HouseholdState(area, null);
            h.Members.Add(person);
            return h;
        }
    }
}
