using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;

namespace Sightline.FlagBench.Population;

/// <summary>
/// A seeded national population, produced in one pass for a bulk loader: children in families of
/// one to four, each family in one of the areas at one postcode; a chosen set of families with a
/// child on a child-protection plan (active, ended within a year, ended one to two years ago), a
/// looked-after child (placed, so living apart from the family) or an unborn baby on a pre-birth
/// plan. Families with a protection or pre-birth plan also get a mother, a household and
/// <c>parent</c> relationships, and the rows the live protocols would derive from their events
/// (<c>plan_flags</c>, <c>household_plans</c>); <c>verify</c> checks that they do. Everyone else is
/// a person row and nothing more, as most of a nation's children are to a safeguarding system.
/// </summary>
internal sealed class PopulationGenerator(PopulationSpec spec)
{
    private const byte None = 0, Protection = 1, ProtectionEndedRecently = 2, ProtectionEndedLong = 3,
        LookedAfterActive = 4, LookedAfterEndedRecently = 5, LookedAfterEndedLong = 6, PreBirth = 7;

    private static readonly CareSetting[] Settings = [CareSetting.EmergencyDepartment, CareSetting.EmergencyDepartment, CareSetting.UrgentCare, CareSetting.WalkIn, CareSetting.OutOfHours];
    private static readonly PlanCategory[] Categories = [PlanCategory.Neglect, PlanCategory.Neglect, PlanCategory.Emotional, PlanCategory.Physical, PlanCategory.Multiple, PlanCategory.Sexual];

    private readonly Random random = new(spec.Seed);
    private long sequence;

    /// <summary>What was generated, by kind.</summary>
    public Dictionary<string, long> Counts { get; } = [];

    public static string CscOf(int area) => $"bench.a{area:D3}-csc";

    public static string EdOf(int area) => $"bench.a{area:D3}-ed";

    public static string AreaName(int area) => $"Area {area:D3}";

    public IReadOnlyList<AgencyData> Agencies() =>
        Enumerable.Range(0, spec.Areas).SelectMany(a => new[]
        {
            new AgencyData(CscOf(a), $"{AreaName(a)} Children's Social Care", Wire.Name(AgencyKind.ChildrensSocialCare), AreaName(a),
                $"01632 960 {a % 500:D3}", $"front.door@area{a:D3}.example.org", $"01632 960 {500 + (a % 500):D3}"),
            new AgencyData(EdOf(a), $"Emergency Department, {AreaName(a)} General", Wire.Name(AgencyKind.EmergencyDepartment), AreaName(a), null, null, null),
        }).ToList();

    /// <summary>Writes the persons through <paramref name="person"/> in id order and returns the rest, attendances included.</summary>
    public async Task<FamilyData> GenerateAsync(Func<PersonData, ValueTask> person, Action<string>? progress = null)
    {
        var sizes = FamilySizes();
        var kinds = FamilyKinds(sizes.Count);
        var area = new short[spec.Children];
        var born = new DateOnly[spec.Children];
        var data = new FamilyData();
        var child = 0;
        for (var family = 0; family < sizes.Count; family++)
        {
            var place = random.Next(spec.Areas);
            var postcode = Postcode(place);
            var surname = Names.Surnames[random.Next(Names.Surnames.Length)];
            var members = new List<string>();
            var kind = kinds[family];
            var flagged = child;
            var start = default(DateOnly);
            DateOnly? end = null;
            for (var k = 0; k < sizes[family]; k++, child++)
            {
                var birth = spec.Today.AddDays(-random.Next(1, 18 * 365));
                if (child == flagged && kind != None && kind != PreBirth)
                {
                    (start, end, birth) = PlanDates(kind, birth);
                }
                area[child] = (short)place;
                born[child] = birth;
                var female = random.Next(2) == 0;
                var given = female ? Names.Girls[random.Next(Names.Girls.Length)] : Names.Boys[random.Next(Names.Boys.Length)];
                var id = PopulationSpec.ChildId(child);
                members.Add(id);
                await person(new PersonData(id, Wire.Name(PersonRole.Child), Wire.Name(female ? Sex.Female : Sex.Male), birth, null,
                    PopulationSpec.NhsNumberOf(child), $"{given} {surname}", AreaName(place), postcode, spec.Today));
            }
            Count("children", sizes[family]);
            if (kind == None)
            {
                continue;
            }
            var csc = CscOf(place);
            var holder = PopulationSpec.ChildId(flagged);
            if (kind is LookedAfterActive or LookedAfterEndedRecently or LookedAfterEndedLong)
            {
                // Placed away from home: a household of their own; their siblings' records are untouched.
                data.Households.Add(new HouseholdData($"bench.h{family:D8}", [holder]));
                AddPlan(data, csc, holder, PlanType.LookedAfter, null, AreaName(place), start, end);
                Count(kind == LookedAfterActive ? "looked-after active" : "looked-after ended", 1);
                continue;
            }
            var mother = $"bench.m{family:D8}";
            await person(new PersonData(mother, Wire.Name(PersonRole.Mother), Wire.Name(Sex.Female),
                spec.Today.AddDays(-random.Next(19 * 365, 45 * 365)), null, null, $"{Names.Girls[random.Next(Names.Girls.Length)]} {surname}",
                AreaName(place), postcode, spec.Today));
            Count("mothers", 1);
            var household = new List<string> { mother };
            household.AddRange(members);
            foreach (var member in members)
            {
                data.Relationships.Add(new RelationshipData(mother, member, Wire.Name(Core.Relationships.RelationshipType.Parent)));
            }
            if (kind == PreBirth)
            {
                holder = $"bench.u{family:D8}";
                await person(new PersonData(holder, Wire.Name(PersonRole.Unborn), Wire.Name(Sex.Unknown), null,
                    spec.Today.AddDays(random.Next(14, 200)), null, $"Baby {surname}", AreaName(place), postcode, spec.Today));
                household.Add(holder);
                data.Relationships.Add(new RelationshipData(mother, holder, Wire.Name(Core.Relationships.RelationshipType.Parent)));
                AddPlan(data, csc, holder, PlanType.PreBirthChildProtection, Categories[random.Next(Categories.Length)], AreaName(place),
                    spec.Today.AddDays(-random.Next(1, 90)), null);
                Count("unborn on pre-birth plans", 1);
            }
            else
            {
                AddPlan(data, csc, holder, PlanType.ChildProtection, Categories[random.Next(Categories.Length)], AreaName(place), start, end);
                Count(kind == Protection ? "child protection active" : "child protection ended", 1);
            }
            data.Households.Add(new HouseholdData($"bench.h{family:D8}", household));
            data.HouseholdPlans.AddRange(household.Where(m => m != holder).Select(m => new HouseholdPlanData(m, holder)));
            if (progress is not null && family % 500_000 == 0)
            {
                progress($"{child:N0} children");
            }
        }
        Count("families", sizes.Count);
        AddAttendances(data, area, born);
        return data;
    }

    private List<byte> FamilySizes()
    {
        var sizes = new List<byte>(spec.Children / 2 + 1);
        for (var left = spec.Children; left > 0;)
        {
            var roll = random.NextDouble();
            var size = roll < 0.40 ? 1 : roll < 0.75 ? 2 : roll < 0.93 ? 3 : 4;
            size = Math.Min(size, left);
            sizes.Add((byte)size);
            left -= size;
        }
        return sizes;
    }

    /// <summary>Chooses exactly the asked-for number of families of each kind, at random.</summary>
    private byte[] FamilyKinds(int families)
    {
        var kinds = new byte[families];
        var wanted = new (byte Kind, int Count)[]
        {
            (Protection, spec.ChildProtection),
            (ProtectionEndedRecently, spec.ChildProtectionEnded / 2),
            (ProtectionEndedLong, spec.ChildProtectionEnded - (spec.ChildProtectionEnded / 2)),
            (LookedAfterActive, spec.LookedAfter),
            (LookedAfterEndedRecently, spec.LookedAfterEnded / 2),
            (LookedAfterEndedLong, spec.LookedAfterEnded - (spec.LookedAfterEnded / 2)),
            (PreBirth, spec.PreBirth),
        };
        var total = wanted.Sum(w => w.Count);
        if (total > families)
        {
            throw new ArgumentException($"{total:N0} flagged families are asked for, but only {families:N0} families were made.");
        }
        var order = Enumerable.Range(0, families).ToArray();
        for (var i = 0; i < total; i++)
        {
            var j = random.Next(i, families);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var at = 0;
        foreach (var (kind, count) in wanted)
        {
            for (var i = 0; i < count; i++)
            {
                kinds[order[at++]] = kind;
            }
        }
        return kinds;
    }

    /// <summary>A plan's dates for its kind, and a date of birth before its start.</summary>
    private (DateOnly Start, DateOnly? End, DateOnly Born) PlanDates(byte kind, DateOnly born)
    {
        var today = spec.Today;
        var (start, end) = kind switch
        {
            Protection => (today.AddDays(-random.Next(1, 700)), (DateOnly?)null),
            ProtectionEndedRecently => Ended(today.AddDays(-random.Next(1, 365)), 90, 700),
            ProtectionEndedLong => Ended(today.AddDays(-random.Next(366, 730)), 90, 700),
            LookedAfterActive => (today.AddDays(-random.Next(1, 2000)), null),
            LookedAfterEndedRecently => Ended(today.AddDays(-random.Next(1, 365)), 180, 2000),
            _ => Ended(today.AddDays(-random.Next(366, 730)), 180, 2000),
        };
        // A child cannot be on a plan before birth (a pre-birth plan is the unborn's own).
        return (start, end, born < start ? born : start.AddDays(-random.Next(1, 2000)));
    }

    private (DateOnly, DateOnly?) Ended(DateOnly end, int shortest, int longest) => (end.AddDays(-random.Next(shortest, longest)), end);

    private void AddPlan(FamilyData data, string csc, string child, PlanType plan, PlanCategory? category, string area, DateOnly start, DateOnly? end)
    {
        data.PlanFlags.Add(new PlanFlagData(child, Wire.Name(plan), category is { } c ? Wire.Name(c) : null, area, start, end));
        data.Events.Add(Event(csc, $"bench-plan-{child}", new PlanStarted
        {
            Date = start, Agency = new AgencyId(csc), Subjects = [new PersonId(child)], Plan = plan, Category = category, LocalAuthority = area,
        }));
        if (end is { } ended)
        {
            data.Events.Add(Event(csc, $"bench-plan-end-{child}", new PlanEnded
            {
                Date = ended, Agency = new AgencyId(csc), Subjects = [new PersonId(child)], Plan = plan, StepDownTo = StepDown.ChildInNeed, ManagerApproved = true,
            }));
        }
    }

    private void AddAttendances(FamilyData data, short[] area, DateOnly[] born)
    {
        for (var i = 0; i < spec.Attendances; i++)
        {
            var child = random.Next(spec.Children);
            var age = spec.Today.DayNumber - born[child].DayNumber;
            var day = spec.Today.AddDays(-random.Next(1, Math.Max(2, Math.Min(730, age))));
            var ed = EdOf(area[child]);
            var setting = Settings[random.Next(Settings.Length)];
            data.Events.Add(Event(ed, $"bench-att-{i}", new Attendance
            {
                Date = day, Agency = new AgencyId(ed), Subjects = [new PersonId(PopulationSpec.ChildId(child))],
                Setting = setting,
                Reason = Names.Reasons[random.Next(Names.Reasons.Length)],
            }));
        }
        Count("attendances", spec.Attendances);
    }

    private EventData Event(string agency, string sourceId, CaseEvent e) =>
        new(++sequence, agency, sourceId, e.Kind, e.Date, e.Agency.Value, EventJson.Serialize(e), DateTimeOffset.UtcNow, e.Subjects[0].Value);

    /// <summary>A postcode of the area: two area letters from its number, a district, a sector and a unit.</summary>
    private string Postcode(int place)
    {
        var letters = $"{(char)('A' + (place % 26))}{(char)('A' + (place / 26 % 26))}";
        return $"{letters}{random.Next(1, 40)} {random.Next(0, 10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
    }

    private void Count(string what, long n) => Counts[what] = Counts.GetValueOrDefault(what) + n;
}
