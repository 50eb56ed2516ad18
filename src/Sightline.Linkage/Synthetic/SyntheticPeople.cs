using System.Globalization;
using Sightline.Core.Persons;

namespace Sightline.Linkage.Synthetic;

/// <summary>
/// A seeded generator of British-looking person records with realistic errors, for tests and
/// benchmarks at any size. Names follow a skewed (Zipf-like) frequency so common names are
/// common; a duplicate record of a person gets one to three errors: typos, a nickname, day and
/// month swapped, a date part mistyped, a move of address, a missing field, a mistyped NHS
/// number (which then fails its check digit) or a changed surname.
/// Columns: id, given_name, surname, date_of_birth, sex, street, postcode, nhs_number.
/// </summary>
public static class SyntheticPeople
{
    /// <summary>The columns of every generated table.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["given_name", "surname", "date_of_birth", "sex", "street", "postcode", "nhs_number"];

    /// <summary>
    /// A six-comparison person model for these records, with term-frequency adjustment on
    /// names, and five selective blocking rules: the model the benchmarks and stand-alone tests use.
    /// </summary>
    public static LinkageSettings Settings { get; } = new(
        [
            new ComparisonSpec("given_name", "given_name", ComparisonType.Text, ["exact", "alias", "jaro_winkler:0.92", "jaro_winkler:0.8"], TermFrequency: true),
            new ComparisonSpec("surname", "surname", ComparisonType.Text, ["exact", "jaro_winkler:0.92", "phonetic", "jaro_winkler:0.8"], TermFrequency: true),
            new ComparisonSpec("date_of_birth", "date_of_birth", ComparisonType.Date, ["exact", "day_month_swapped", "one_part_different", "years:2"]),
            new ComparisonSpec("postcode", "postcode", ComparisonType.Postcode, ["full", "sector", "district"]),
            new ComparisonSpec("nhs_number", "nhs_number", ComparisonType.NhsNumber, ["exact"]),
            new ComparisonSpec("street", "street", ComparisonType.Text, ["exact", "jaro_winkler:0.9"]),
        ],
        [
            new BlockingRule("nhs_number", ["nhs_number"]),
            new BlockingRule("surname sound and date of birth", ["surname:phonetic", "date_of_birth"]),
            new BlockingRule("given name and date of birth", ["given_name", "date_of_birth"]),
            new BlockingRule("postcode and initial", ["postcode", "given_name:prefix:1"]),
            new BlockingRule("names' sounds and year of birth", ["given_name:phonetic", "surname:phonetic", "date_of_birth:prefix:4"]),
        ]);

    private static readonly string[] Male = ("oliver george harry jack noah charlie jacob alfie freddie oscar leo archie henry joshua thomas james william " +
        "ethan isaac alexander daniel lucas max samuel logan mohammed muhammad adam benjamin dylan joseph edward jake sebastian theo arthur " +
        "michael david john robert richard peter paul mark andrew stephen christopher anthony kevin gary ian martin simon neil craig").Split(' ');

    private static readonly string[] Female = ("olivia amelia isla ava emily sophia grace mia poppy ella lily evie isabella sophie ivy freya harper " +
        "willow charlotte jessica daisy florence alice ruby chloe matilda elizabeth sarah emma margaret susan patricia jennifer linda " +
        "karen helen deborah rachel rebecca victoria catherine nicola joanne hannah lucy laura amy zoe aisha fatima priya").Split(' ');

    private static readonly string[] CommonSurnames = ("smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright " +
        "walker white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill ward morris moore clark " +
        "lee king baker harrison morgan allen james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook " +
        "carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams singh begum " +
        "wilkinson foster chapman powell webb rogers gray mason ali hunt hussain campbell matthews owen palmer holmes mills barnes knight").Split(' ');

    private static readonly string[] Stems = ("ash black brad brook bur cal car chad chester church col crom dal dun elm fair farn " +
        "green hal ham hart hay hol kirk lang lin long mar mel mid mor new north oak pen red ring rother sand shel stan stock " +
        "sut thorn wad war wes whit win wood").Split(' ');

    private static readonly string[] Endings = "ford ley ton well wood worth by field ham hurst more stone bridge combe den dale thwaite wick".Split(' ');

    private static readonly string[] Areas = "B M LS SW NE CF G EH L S BS NG LE CV OX RG BN PO SO EX PL TR BA GL HR WR DY WV ST DE".Split(' ');

    private static readonly string[] StreetKinds = "road street lane avenue close drive way grove crescent gardens".Split(' ');

    /// <summary>Generates <paramref name="records"/> records of <paramref name="persons"/> people (every person has at least one).</summary>
    public static SyntheticRecords Generate(int persons, int records, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(persons, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(records, persons);
        var random = new Random(seed);
        var people = new string?[persons][];
        for (var p = 0; p < persons; p++)
        {
            people[p] = Person(random);
        }
        var columns = Columns.Select(_ => new string?[records]).ToArray();
        var ids = new string[records];
        var truth = new string[records];
        for (var r = 0; r < records; r++)
        {
            // The first record of each person is clean; the rest are copies with errors.
            var p = r < persons ? r : random.Next(persons);
            var values = r < persons ? people[p] : Corrupt(people[p], random);
            ids[r] = string.Create(CultureInfo.InvariantCulture, $"r{r}");
            truth[r] = string.Create(CultureInfo.InvariantCulture, $"p{p}");
            for (var c = 0; c < columns.Length; c++)
            {
                columns[c][r] = values[c];
            }
        }
        return new SyntheticRecords(new RecordTable(Columns, ids, new int[records], columns), truth);
    }

    private static string?[] Person(Random random)
    {
        var male = random.Next(2) == 0;
        var given = Skewed(male ? Male : Female, random);
        var surname = random.Next(3) == 0 ? Skewed(CommonSurnames, random) : Stems[random.Next(Stems.Length)] + Endings[random.Next(Endings.Length)];
        var born = new DateOnly(1940, 1, 1).AddDays(random.Next(85 * 365));
        var (street, postcode) = Address(random);
        return [given, surname, RecordNoise.Iso(born.Year, born.Month, born.Day), male ? "m" : "f", street, postcode, Nhs(random)];
    }

    private static string Skewed(string[] names, Random random) => names[(int)(names.Length * Math.Pow(random.NextDouble(), 2.5))];

    private static (string Street, string Postcode) Address(Random random)
    {
        var street = string.Create(CultureInfo.InvariantCulture,
            $"{random.Next(1, 200)} {Stems[random.Next(Stems.Length)]}{Endings[random.Next(Endings.Length)]} {StreetKinds[random.Next(StreetKinds.Length)]}");
        var postcode = string.Create(CultureInfo.InvariantCulture,
            $"{Areas[random.Next(Areas.Length)]}{random.Next(1, 30)} {random.Next(10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}");
        return (street, postcode);
    }

    private static string Nhs(Random random)
    {
        Span<char> nine = stackalloc char[9];
        while (true)
        {
            nine[0] = (char)('4' + random.Next(6));
            for (var i = 1; i < 9; i++)
            {
                nine[i] = (char)('0' + random.Next(10));
            }
            if (NhsNumber.FromNineDigits(nine) is { } number)
            {
                return number.Value;
            }
        }
    }

    private static string?[] Corrupt(string?[] person, Random random)
    {
        var values = (string?[])person.Clone();
        var errors = 1 + random.Next(3);
        for (var e = 0; e < errors; e++)
        {
            switch (random.Next(10))
            {
                case 0:
                    values[0] = values[0] is { } g ? RecordNoise.Typo(g, random) : null;
                    break;
                case 1:
                    values[1] = values[1] is { } s ? RecordNoise.Typo(s, random) : null;
                    break;
                case 2:
                    values[0] = values[0] is { } n ? RecordNoise.Nickname(n, random) : null;
                    break;
                case 3:
                    values[2] = values[2] is { } d ? RecordNoise.SwapDayMonth(d) : null;
                    break;
                case 4:
                    values[2] = values[2] is { } d2 ? RecordNoise.ChangeDatePart(d2, random) : null;
                    break;
                case 5:
                    (values[4], values[5]) = Address(random);
                    break;
                case 6:
                    values[random.Next(values.Length)] = null;
                    break;
                case 7:
                    values[6] = values[6] is { } nhs ? MistypeDigit(nhs, random) : null;
                    break;
                case 8 when random.Next(4) == 0:
                    values[1] = CommonSurnames[random.Next(CommonSurnames.Length)];
                    break;
                default:
                    values[4] = values[4] is { } street ? RecordNoise.Typo(street, random) : null;
                    break;
            }
        }
        return values;
    }

    private static string MistypeDigit(string digits, Random random)
    {
        var chars = digits.ToCharArray();
        var i = random.Next(chars.Length);
        chars[i] = (char)('0' + ((chars[i] - '0' + 1 + random.Next(9)) % 10));
        return new string(chars);
    }
}
