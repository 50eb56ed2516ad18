using System.Globalization;
using Sightline.Linkage.Synthetic;

namespace Sightline.Interop.Linkage;

/// <summary>
/// Builds a noised cross-agency linkage set from the clean pseudopeople files (census, social
/// security, WIC): one record per simulant per file (its first row), a common schema
/// (<c>record_id, simulant_id, first_name, middle_initial, last_name, date_of_birth, sex,
/// street_number, street_name</c>; social security has no address), and seeded errors per
/// record — typos, nicknames, day and month swapped, a date part mistyped, a date of birth
/// borrowed from the <c>copy_date_of_birth</c> column, a move to another record's address and
/// missing fields. The rates are <see cref="Rates"/>; docs/linkage.md describes the set.
/// </summary>
public static class PseudopeopleNoise
{
    /// <summary>The common columns of the noised tables.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["record_id", "simulant_id", "first_name", "middle_initial", "last_name", "date_of_birth", "sex", "street_number", "street_name"];

    /// <summary>Each error's chance per record (each drawn independently).</summary>
    public static NoiseRates Rates { get; } = new();

    /// <summary>The noised census, social security and WIC tables, in that order.</summary>
    public static IReadOnlyList<(string Name, CsvTable Table)> Build(CsvTable census, CsvTable socialSecurity, CsvTable wic, int seed)
    {
        ArgumentNullException.ThrowIfNull(census);
        ArgumentNullException.ThrowIfNull(socialSecurity);
        ArgumentNullException.ThrowIfNull(wic);
        return
        [
            ("census", Noised("census", Uniform(census, middleInitial: "middle_initial", hasAddress: true), new Random(seed))),
            ("social_security", Noised("ssa", Uniform(socialSecurity, middleInitial: "middle_name", hasAddress: false), new Random(seed + 1))),
            ("wic", Noised("wic", Uniform(wic, middleInitial: "middle_initial", hasAddress: true), new Random(seed + 2))),
        ];
    }

    // One row per simulant, in the common schema; the copy_date_of_birth is kept aside for borrowing.
    private static List<(string?[] Row, string? CopyDob)> Uniform(CsvTable table, string middleInitial, bool hasAddress)
    {
        int Col(string name) => table.Header.ToList().IndexOf(name) is var i and >= 0 ? i : throw new LinkageInputException($"pseudopeople: no column '{name}'.");
        var sim = Col("simulant_id");
        var first = Col("first_name");
        var middle = Col(middleInitial);
        var last = Col("last_name");
        var dob = Col("date_of_birth");
        var sex = Col("sex");
        var copyDob = Col("copy_date_of_birth");
        var number = hasAddress ? Col("street_number") : -1;
        var street = hasAddress ? Col("street_name") : -1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<(string?[], string?)>();
        foreach (var r in table.Rows)
        {
            if (r[sim] is not { } id || !seen.Add(id))
            {
                continue;
            }
            rows.Add(([null, id, r[first], r[middle]?[..1], r[last], r[dob], r[sex], number >= 0 ? r[number] : null, street >= 0 ? r[street] : null], r[copyDob]));
        }
        return rows;
    }

    private static CsvTable Noised(string prefix, List<(string?[] Row, string? CopyDob)> rows, Random random)
    {
        var rates = Rates;
        var result = new List<string?[]>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (source, copyDob) = rows[i];
            var row = (string?[])source.Clone();
            row[0] = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}");
            if (random.NextDouble() < rates.Nickname && row[2] is { } nick)
            {
                row[2] = RecordNoise.Nickname(nick, random);
            }
            if (random.NextDouble() < rates.Typo && row[2] is { } f)
            {
                row[2] = RecordNoise.Typo(f, random);
            }
            if (random.NextDouble() < rates.Typo && row[4] is { } l)
            {
                row[4] = RecordNoise.Typo(l, random);
            }
            if (random.NextDouble() < rates.SwapDayMonth && row[5] is { } d)
            {
                row[5] = RecordNoise.SwapDayMonth(d);
            }
            if (random.NextDouble() < rates.DatePart && row[5] is { } d2)
            {
                row[5] = RecordNoise.ChangeDatePart(d2, random);
            }
            if (random.NextDouble() < rates.BorrowedDateOfBirth && copyDob is not null)
            {
                row[5] = copyDob;
            }
            if (row[8] is not null && random.NextDouble() < rates.Moved)
            {
                var other = rows[random.Next(rows.Count)].Row;
                (row[7], row[8]) = (other[7], other[8]);
            }
            foreach (var column in new[] { 2, 3, 4, 5, 7, 8 })
            {
                if (random.NextDouble() < rates.Missing)
                {
                    row[column] = null;
                }
            }
            result.Add(row);
        }
        return new CsvTable(Columns, result, Enumerable.Range(2, result.Count).ToArray());
    }
}
