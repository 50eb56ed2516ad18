using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Demo.Areas;
using Sightline.Demo.People;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Families;

/// <summary>
/// Draws who a family is before anything happens to it: babies first (their dates fix everyone
/// else's ages), then older children, parents, a partner or grandparent, homes and histories.
/// </summary>
internal static class FamilyComposer
{
    private const int Year = 365;

    public static FamilySketch Compose(
        string familyId, Random random, DateOnly today, Involvement involvement, ReviewPattern? pattern,
        FamilyShape shape, AgencyCatalogue catalogue, NhsNumberAllocator nhs)
    {
        var historyStart = today.AddDays(-random.Between(730, 1095));
        var surname = NameBank.Surname(random);
        var dues = DrawDues(random, historyStart, today, shape);
        var olderBirthdays = DrawOlderChildren(random, historyStart, today, shape, dues);

        var firstBirth = olderBirthdays.Count > 0 ? olderBirthdays.Min() : dues.Count > 0 ? dues[0] : historyStart;
        var mother = new Member(new($"{familyId}.mother"), PersonRole.Mother, Sex.Female, $"{NameBank.GirlsName(random)} {surname}")
        {
            DateOfBirth = shape.LookedAfterTeenageMother
                ? dues[0].AddDays(-random.Between((17 * Year) + 200, (17 * Year) + 330))
                : firstBirth.AddDays(-random.Between((18 * Year) + 100, 33 * Year)),
        };
        var family = new FamilySketch(familyId, historyStart, involvement, pattern) { Mother = mother };

        AddFather(family, random, shape, today);
        var childSurname = family.Father is { } f && random.Chance(0.7) ? f.Name.Split(' ')[1] : surname;
        AddChildren(family, random, today, olderBirthdays, dues, childSurname);
        AddPartnerOrGrandparent(family, random, shape, today);
        AddHomes(family, random, catalogue, today, shape);
        AddHistories(family, random, catalogue);

        foreach (var member in family.Everyone.Where(m => m.Role != PersonRole.Unborn || m.DateOfBirth is not null))
        {
            member.NhsNumber = nhs.Next();
        }
        return family;
    }

    private static List<DateOnly> DrawDues(Random random, DateOnly start, DateOnly today, FamilyShape shape)
    {
        if (shape.BabyWithRoomAfterBirth || shape.LookedAfterTeenageMother)
        {
            return [random.DayBetween(start.AddDays(235), today.AddDays(-255))];
        }
        var draw = random.NextDouble();
        if (draw < 0.62)
        {
            return [random.DayBetween(start.AddDays(230), today.AddDays(150))];
        }
        if (draw < 0.70)
        {
            var first = random.DayBetween(start.AddDays(230), start.AddDays(400));
            var second = first.AddDays(random.Between(450, 600));
            return second <= today.AddDays(150) ? [first, second] : [first];
        }
        return [];
    }

    private static List<DateOnly> DrawOlderChildren(Random random, DateOnly start, DateOnly today, FamilyShape shape, List<DateOnly> dues)
    {
        var birthdays = new List<DateOnly>();
        if (shape.LookedAfterTeenageMother || shape.NoOlderChildren)
        {
            return birthdays;
        }
        DateOnly youngest;
        int count;
        if (shape.YoungSibling)
        {
            youngest = dues[0].AddDays(-random.Between(450, 1400));
            count = random.Chance(0.3) ? 2 : 1;
        }
        else if (dues.Count == 0)
        {
            youngest = random.Chance(0.75) ? start.AddDays(-random.Between(30, 1000)) : start.AddDays(-random.Between(1100, 4700));
            count = random.Between(1, 3);
        }
        else
        {
            youngest = dues[0].AddDays(-random.Between(500, 2500));
            var draw = random.NextDouble();
            count = draw < 0.45 ? 0 : draw < 0.8 ? 1 : 2;
        }
        var birthday = youngest;
        for (var i = 0; i < count && birthday > today.AddDays(-17 * Year); i++)
        {
            birthdays.Add(birthday);
            birthday = birthday.AddDays(-random.Between(500, 1800));
        }
        birthdays.Reverse();
        return birthdays;
    }

    private static void AddFather(FamilySketch family, Random random, FamilyShape shape, DateOnly today)
    {
        var living = shape.Father ?? DrawFatherLiving(random, shape);
        family.FatherLiving = living;
        if (living == FatherLiving.Unknown)
        {
            return;
        }
        var surname = random.Chance(0.6) ? family.Mother.Name.Split(' ')[1] : NameBank.Surname(random);
        var motherBorn = family.Mother.DateOfBirth!.Value;
        family.Father = new Member(new($"{family.Id}.father"), PersonRole.Father, Sex.Male, $"{NameBank.BoysName(random)} {surname}")
        {
            DateOfBirth = motherBorn.AddDays(-random.Between(-400, 8 * Year)),
        };
        if (living == FatherLiving.LeavesHome)
        {
            family.FatherLeaves = random.DayBetween(family.HistoryStart.AddDays(60), today.AddDays(-30));
        }
    }

    private static FatherLiving DrawFatherLiving(Random random, FamilyShape shape)
    {
        var draw = random.NextDouble();
        return draw switch
        {
            < 0.70 => FatherLiving.Resident,
            < 0.82 => FatherLiving.NonResident,
            < 0.88 => shape.HouseholdMayChange ? FatherLiving.LeavesHome : FatherLiving.Resident,
            _ => FatherLiving.Unknown,
        };
    }

    private static void AddChildren(FamilySketch family, Random random, DateOnly today, List<DateOnly> older, List<DateOnly> dues, string surname)
    {
        var number = 1;
        foreach (var birthday in older)
        {
            var child = NewChild(family, random, number++, PersonRole.Child, surname);
            child.DateOfBirth = birthday;
            child.MobilityAtStart = MobilityAt(family.HistoryStart.DayNumber - birthday.DayNumber);
            family.Children.Add(child);
        }
        foreach (var due in dues)
        {
            var baby = NewChild(family, random, number++, PersonRole.Unborn, surname);
            baby.Due = due;
            var born = due.AddDays(random.Between(-14, 7));
            if (born <= today)
            {
                baby.DateOfBirth = born;
            }
            else
            {
                baby.Name = $"Baby {surname}";
            }
            family.Children.Add(baby);
            family.Pregnancies.Add(new PregnancyPlan(family.Mother, baby, due.AddDays(-random.Between(196, 224)), due));
        }
    }

    private static Member NewChild(FamilySketch family, Random random, int number, PersonRole role, string surname)
    {
        var girl = random.Chance(0.5);
        var first = girl ? NameBank.GirlsName(random) : NameBank.BoysName(random);
        return new Member(new($"{family.Id}.child{number}"), role, girl ? Sex.Female : Sex.Male, $"{first} {surname}");
    }

    /// <summary>Mobility as a health visitor would have recorded it by this age; none for the youngest.</summary>
    private static Mobility? MobilityAt(int ageInDays) => ageInDays switch
    {
        < 120 => null,
        < 200 => Mobility.Rolling,
        < 290 => Mobility.Crawling,
        < 390 => Mobility.Cruising,
        _ => Mobility.Walking,
    };

    private static void AddPartnerOrGrandparent(FamilySketch family, Random random, FamilyShape shape, DateOnly today)
    {
        var motherBorn = family.Mother.DateOfBirth!.Value;
        if (shape.HouseholdMayChange && family.FatherLiving != FatherLiving.Resident && random.Chance(0.25))
        {
            family.Partner = new Member(new($"{family.Id}.partner"), PersonRole.Partner, Sex.Male,
                $"{NameBank.BoysName(random)} {NameBank.Surname(random)}")
            {
                DateOfBirth = motherBorn.AddDays(-random.Between(-3 * Year, 6 * Year)),
            };
            var earliest = (family.FatherLeaves ?? family.HistoryStart).AddDays(30);
            family.PartnerJoins = random.DayBetween(earliest, today.AddDays(-20));
        }
        if (!shape.LookedAfterTeenageMother && random.Chance(0.08))
        {
            family.Grandparent = new Member(new($"{family.Id}.grandparent"), PersonRole.Grandparent, Sex.Female,
                $"{NameBank.GirlsName(random)} {family.Mother.Name.Split(' ')[1]}")
            {
                DateOfBirth = motherBorn.AddDays(-random.Between(18 * Year, 30 * Year)),
            };
        }
    }

    private static void AddHomes(FamilySketch family, Random random, AgencyCatalogue catalogue, DateOnly today, FamilyShape shape)
    {
        var home = random.Pick(catalogue.Areas).Name;
        var housing = random.Chance(0.92) ? Housing.Permanent : Housing.Temporary;
        family.Residences.Add(new Residence(family.HistoryStart, home, housing, false, random.Next(AgencyCatalogue.GpPracticesPerArea)));
        if (!shape.MayMove || !random.Chance(0.12))
        {
            return;
        }
        var day = random.DayBetween(family.HistoryStart.AddDays(30), today.AddDays(-10));
        if (family.Pregnancies.Any(p => p.BornOn is { } born && Math.Abs(born.DayNumber - day.DayNumber) <= 5))
        {
            return;
        }
        var others = catalogue.Areas.Select(a => a.Name).Where(a => a != home).ToList();
        var draw = random.NextDouble();
        var move = draw switch
        {
            < 0.65 => new Residence(day, home, Housing.Permanent, false, family.Residences[0].GpPractice),
            < 0.87 => new Residence(day, random.Pick(others), Housing.Permanent, false, random.Next(AgencyCatalogue.GpPracticesPerArea)),
            _ => random.Chance(0.5)
                ? new Residence(day, home, Housing.Temporary, true, family.Residences[0].GpPractice)
                : new Residence(day, random.Pick(others), Housing.Temporary, true, random.Next(AgencyCatalogue.GpPracticesPerArea)),
        };
        family.Residences.Add(move);
    }

    /// <summary>
    /// Facts from before the history that are not risks to a child (low mood, adverse childhood
    /// experiences, a long-term condition), held by the GP as they usually are. Risk facts are
    /// given only by the stories that act on them.
    /// </summary>
    private static void AddHistories(FamilySketch family, Random random, AgencyCatalogue catalogue)
    {
        var first = family.Residences[0];
        var gp = catalogue.Get(first.Area, Core.Agencies.AgencyKind.Gp, first.GpPractice);
        var midwifery = catalogue.Get(first.Area, Core.Agencies.AgencyKind.Midwifery);
        if (random.Chance(0.12))
        {
            family.Mother.History.Add(new HistoryFact(HistoryFactKind.MentalHealth, [gp]));
        }
        if (random.Chance(0.08))
        {
            family.Mother.History.Add(new HistoryFact(HistoryFactKind.AdverseChildhoodExperiences, [gp, midwifery]));
        }
        if (random.Chance(0.05))
        {
            family.Mother.History.Add(new HistoryFact(HistoryFactKind.ChronicIllness, [gp]));
        }
        if (family.Father is { } father && random.Chance(0.06))
        {
            father.History.Add(new HistoryFact(HistoryFactKind.MentalHealth, [gp]));
        }
        foreach (var child in family.Children.Where(c => c.Role == PersonRole.Child && random.Chance(0.04)))
        {
            child.History.Add(new HistoryFact(HistoryFactKind.Neurodiversity, [gp]));
        }
    }
}
