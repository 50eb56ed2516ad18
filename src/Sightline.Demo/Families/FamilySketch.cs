using Sightline.Core.Persons;

namespace Sightline.Demo.Families;

/// <summary>
/// The shape of one family decided before any event is written: who they are, when babies come,
/// where they live and who lives with the children when. Tracks ask it "who, where, when", so
/// every track agrees on the household of any day.
/// </summary>
internal sealed class FamilySketch(string id, DateOnly historyStart, Involvement involvement, ReviewPattern? pattern)
{
    public string Id { get; } = id;

    /// <summary>The day the history begins, two to three years before today.</summary>
    public DateOnly HistoryStart { get; } = historyStart;

    public Involvement Involvement { get; set; } = involvement;

    public ReviewPattern? Pattern { get; } = pattern;

    public required Member Mother { get; init; }

    public Member? Father { get; set; }

    public FatherLiving FatherLiving { get; set; }

    /// <summary>The day a father who leaves home leaves.</summary>
    public DateOnly? FatherLeaves { get; set; }

    /// <summary>A new partner of the mother, who is not a parent.</summary>
    public Member? Partner { get; set; }

    public DateOnly? PartnerJoins { get; set; }

    /// <summary>A grandparent living with the family until its first move.</summary>
    public Member? Grandparent { get; set; }

    /// <summary>Children in order of birth: those born before the history, then the babies.</summary>
    public List<Member> Children { get; } = [];

    public List<PregnancyPlan> Pregnancies { get; } = [];

    /// <summary>Where the family lives, in order; the first from the start of the history.</summary>
    public List<Residence> Residences { get; } = [];

    /// <summary>Children never registered with a GP: the universal track books them nothing there.</summary>
    public HashSet<Member> NeverRegistered { get; } = [];

    /// <summary>A baby whose parents do not bring it to its first GP appointments.</summary>
    public Member? NotBrought { get; set; }

    /// <summary>Every person, in the order their NHS numbers were given.</summary>
    public IEnumerable<Member> Everyone =>
        new[] { Mother, Father, Partner, Grandparent }.OfType<Member>().Concat(Children);

    /// <summary>The home on the day: the latest moved into by then (the first home for any day before the history).</summary>
    public Residence ResidenceOn(DateOnly day) => Residences.LastOrDefault(r => r.From <= day) ?? Residences[0];

    public string AreaOn(DateOnly day) => ResidenceOn(day).Area;

    /// <summary>The first move, after which a grandparent no longer lives with the family.</summary>
    public DateOnly? FirstMove => Residences.Count > 1 ? Residences[1].From : null;

    /// <summary>Whether an adult lives with the children on the day.</summary>
    public bool LivesWithChildren(Member adult, DateOnly day)
    {
        if (adult == Mother)
        {
            return true;
        }
        if (adult == Father)
        {
            return FatherLiving == FatherLiving.Resident
                || (FatherLiving == FatherLiving.LeavesHome && FatherLeaves is { } left && day < left);
        }
        if (adult == Partner)
        {
            return PartnerJoins is { } joined && joined <= day;
        }
        return adult == Grandparent && (FirstMove is not { } moved || day < moved);
    }

    /// <summary>The adults living with the children on the day, mother first.</summary>
    public IReadOnlyList<Member> AdultsAt(DateOnly day) =>
        new[] { Mother, Father, Partner, Grandparent }.OfType<Member>().Where(a => LivesWithChildren(a, day)).ToList();

    /// <summary>Children born by the day.</summary>
    public IReadOnlyList<Member> ChildrenAt(DateOnly day) => Children.Where(c => c.IsBornBy(day)).ToList();

    /// <summary>Babies whose pregnancy is known and who are not yet born on the day.</summary>
    public IReadOnlyList<Member> UnbornAt(DateOnly day) =>
        Pregnancies.Where(p => p.IsOngoingOn(day)).Select(p => p.Baby).ToList();

    /// <summary>Everyone living together on the day, the known unborn included.</summary>
    public IReadOnlyList<Member> HouseholdAt(DateOnly day) => [.. AdultsAt(day), .. ChildrenAt(day), .. UnbornAt(day)];

    /// <summary>Ids of a list of members.</summary>
    public static IReadOnlyList<PersonId> Ids(IEnumerable<Member> members) => members.Select(m => m.Id).ToArray();

    /// <summary>The parents of the children other than the mother: the father, wherever he lives.</summary>
    public IReadOnlyList<Member> OtherParents => Father is null ? [] : [Father];

    /// <summary>The youngest baby born during the history, if any.</summary>
    public Member? LatestBaby => Pregnancies.Where(p => p.BornOn is not null).Select(p => p.Baby).LastOrDefault();
}
