namespace Sightline.FlagBench.Population;

/// <summary>
/// How many of what to generate. The defaults are the national scale: 12 million children,
/// 50,000 on child-protection plans, 82,000 looked after and 3,000 unborn on pre-birth plans, with
/// as many plans again that ended in the last two years (half of them within the 365 days a check
/// shows), a million unscheduled-care attendances, 150 local authorities.
/// </summary>
internal sealed record PopulationSpec(
    int Children,
    int ChildProtection,
    int ChildProtectionEnded,
    int LookedAfter,
    int LookedAfterEnded,
    int PreBirth,
    int Attendances,
    int Areas,
    int Seed,
    DateOnly Today)
{
    public static PopulationSpec From(BenchArgs args, DateOnly today) => new(
        args.Int("children", 12_000_000),
        args.Int("cp", 50_000),
        args.Int("cp-ended", 50_000),
        args.Int("lac", 82_000),
        args.Int("lac-ended", 30_000),
        args.Int("unborn", 3_000),
        args.Int("attendances", 1_000_000),
        args.Int("areas", 150),
        args.Int("seed", 2026),
        args.Date("today", today));

    /// <summary>Child <paramref name="index"/>'s record id.</summary>
    public static string ChildId(int index) => $"bench.c{index:D8}";

    /// <summary>
    /// Child <paramref name="index"/>'s NHS number: 400,000,000 + 2 × index, or the next number
    /// when that has no check digit (two numbers apart by one never both lack one). Computable by
    /// anyone who knows the index, so load generators need not read the database to find children.
    /// </summary>
    public static string NhsNumberOf(int index)
    {
        var nine = 400_000_000 + (2 * index);
        var digits = nine.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var check = Core.Persons.NhsNumber.CheckDigit(digits);
        if (check < 0)
        {
            digits = (nine + 1).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
            check = Core.Persons.NhsNumber.CheckDigit(digits);
        }
        return digits + (char)('0' + check);
    }

    /// <summary>A valid NHS number that no generated child has (the 600,000,000 range).</summary>
    public static string UnknownNhsNumber(int index)
    {
        for (var nine = 600_000_000 + (2 * index); ; nine++)
        {
            var digits = nine.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
            var check = Core.Persons.NhsNumber.CheckDigit(digits);
            if (check >= 0)
            {
                return digits + (char)('0' + check);
            }
        }
    }
}
