using System.Globalization;
using Sightline.Core.Agencies;
using Sightline.Demo.People;

namespace Sightline.Demo.Intake;

/// <summary>
/// A seeded generator of an agency's CSV export for the intake benchmarks (docs/benchmarks.md):
/// Benchshire health visiting's persons file (a mother and a baby in a household, two in five
/// with a father) and its events file of any kinds (a <c>kind</c> column), a family's events
/// together and in date order: contacts, appointments (some not brought), weights (some
/// faltering), mobility, now and then a bruise, a referral or a share with social care — enough
/// for the rules to have work and raise alerts. Written row by row: a file of any size is never
/// held in memory.
/// </summary>
public static class IntakeFiles
{
    /// <summary>The sending agency: every row is its record.</summary>
    public static Agency Sender { get; } = new(new AgencyId("bench.hv"), "Benchshire Health Visiting", AgencyKind.HealthVisiting, "Benchshire");

    /// <summary>The agencies the files name, the sender first: store them before importing.</summary>
    public static IReadOnlyList<Agency> Agencies { get; } =
    [
        Sender,
        new(new AgencyId("bench.csc"), "Benchshire Children's Social Care", AgencyKind.ChildrensSocialCare, "Benchshire"),
        new(new AgencyId("bench.gp"), "Benchshire Surgery", AgencyKind.Gp, "Benchshire"),
    ];

    /// <summary>The header of the events file.</summary>
    public const string EventsHeader = "sourceId,date,kind,subjects,note,mode,childSeen,service,outcome,centile,mobility,injury,site,explanation,to,concern,about,acknowledged";

    /// <summary>The header of the persons file.</summary>
    public const string PersonsHeader = "id,role,sex,born,nhsNumber,name,postcode,localAuthority,household,parents";

    private static readonly string[] Mobilities = ["non-mobile", "rolling", "crawling", "cruising", "walking"];

    /// <summary>Writes the persons file.</summary>
    public static void WritePersons(TextWriter persons, IntakeFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var numbers = new NhsNumberAllocator(options.Seed);
        persons.Write(PersonsHeader);
        persons.Write('\n');
        for (var f = 0; f < options.Families; f++)
        {
            var family = FamilyOf(random);
            Row(persons, $"M{f}", "mother", "female", family.MotherBorn, numbers.Next().Value, $"Parent {f}", family.Postcode, $"H{f}", "");
            if (family.FatherBorn is { } fatherBorn)
            {
                Row(persons, $"F{f}", "father", "male", fatherBorn, "", $"Father {f}", family.Postcode, $"H{f}", "");
            }
            Row(persons, $"B{f}", "child", family.ChildSex, family.ChildBorn, numbers.Next().Value, $"Baby {f}", family.Postcode, $"H{f}",
                family.FatherBorn is null ? $"M{f}" : $"M{f};F{f}");
        }
    }

    /// <summary>Writes the events file: exactly <see cref="IntakeFileOptions.Rows"/> rows.</summary>
    public static void WriteEvents(TextWriter events, IntakeFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        // The same seed as the persons file, so each family's births line up.
        var random = new Random(options.Seed);
        var eventRandom = new Random(options.Seed + 1);
        events.Write(EventsHeader);
        events.Write('\n');
        var left = options.Rows;
        for (var f = 0; f < options.Families && left > 0; f++)
        {
            var family = FamilyOf(random);
            var count = Math.Min(left, options.EventsPerChild);
            WriteFamily(events, eventRandom, f, family.ChildBorn, count, options.LastDay);
            left -= count;
        }
    }

    /// <summary>Everything drawn for a family's persons, drawn the same way for both files so that they agree.</summary>
    private static FamilyDraw FamilyOf(Random random)
    {
        var motherBorn = new DateOnly(1980, 1, 1).AddDays(random.Next(8000));
        var childBorn = new DateOnly(2024, 6, 1).AddDays(random.Next(700));
        var postcode = $"BE{1 + random.Next(30)} {random.Next(10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
        DateOnly? fatherBorn = random.Next(5) < 2 ? motherBorn.AddDays(-random.Next(3000)) : null;
        return new FamilyDraw(motherBorn, childBorn, postcode, fatherBorn, random.Next(2) == 0 ? "female" : "male");
    }

    private static void WriteFamily(TextWriter events, Random random, int f, DateOnly childBorn, int count, DateOnly lastDay)
    {
        var child = $"B{f}";
        var mother = $"M{f}";
        // Visits run back from the last day, so every event is dated no later than it.
        var span = count * 14;
        var day = childBorn.AddDays(10);
        var start = lastDay.AddDays(-span);
        if (day < start)
        {
            day = start;
        }
        var baseCentile = 25 + (25 * random.Next(3));
        var centile = (double)baseCentile;
        var mobility = 0;
        for (var n = 0; n < count; n++)
        {
            day = day.AddDays(random.Next(7, 15));
            if (day > lastDay)
            {
                day = lastDay;
            }
            var id = $"e{f}-{n}";
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var ageDays = day.DayNumber - childBorn.DayNumber;
            var roll = random.Next(100);
            // sourceId,date,kind,subjects,note,mode,childSeen,service,outcome,centile,mobility,injury,site,explanation,to,concern,about,acknowledged
            if (roll < 40)
            {
                var mode = random.Next(3) switch { 0 => "clinic", 1 => "phone", _ => "home-visit" };
                events.Write($"{id},{date},contact,{child};{mother},,{mode},{(mode == "phone" ? "false" : "true")},,,,,,,,,,,\n");
            }
            else if (roll < 65)
            {
                var outcome = random.Next(100) switch { < 90 => "attended", < 98 => "was-not-brought", _ => "cancelled" };
                events.Write($"{id},{date},appointment,{child},,,,health review,{outcome},,,,,,,,,\n");
            }
            else if (roll < 85)
            {
                // Mostly on the line; one family in eight drifts down across the centile spaces.
                centile = f % 8 == 0 ? Math.Max(1, centile * 0.8) : Math.Clamp(baseCentile + random.Next(-5, 6), 1, 99);
                events.Write(string.Create(CultureInfo.InvariantCulture, $"{id},{date},growth,{child},,,,,,{centile:0.#},,,,,,,,\n"));
            }
            else if (roll < 90)
            {
                mobility = Math.Min(Mobilities.Length - 1, Math.Max(mobility, ageDays / 100));
                events.Write($"{id},{date},development,{child},,,,,,,{Mobilities[mobility]},,,,,,,\n");
            }
            else if (roll < 92)
            {
                events.Write($"{id},{date},injury,{child},\"Seen at clinic, photographed\",,,,,,,bruise,upper arm,caught in the cot,,,,\n");
            }
            else if (roll < 95)
            {
                events.Write($"{id},{date},referral,{child},,,,,,,,,,,bench.csc,concern about care,,\n");
            }
            else
            {
                events.Write($"{id},{date},information-shared,{child},,,,,,,,,,,bench.csc,,{mother},true\n");
            }
        }
    }

    private static void Row(TextWriter persons, string id, string role, string sex, DateOnly born, string nhsNumber, string name, string postcode, string household, string parents) =>
        persons.Write(string.Create(CultureInfo.InvariantCulture, $"{id},{role},{sex},{born:yyyy-MM-dd},{nhsNumber},{name},{postcode},Benchshire,{household},{parents}\n"));
}
