using System.Globalization;

namespace Sightline.Core.Calendar;

/// <summary>
/// Reads the bank holiday data shipped in this assembly. The data is text, not code, so that a
/// deployment extends it past its last year by adding lines, and a reviewer can check it against
/// the published list line by line.
/// </summary>
internal static class BankHolidayFile
{
    /// <summary>The manifest name of the England and Wales data (set as LogicalName in the project).</summary>
    internal const string EnglandAndWalesResource = "Sightline.Core.Calendar.bank-holidays-england-and-wales.csv";

    private const string Header = "date,name";

    /// <summary>Reads the embedded England and Wales data into a calendar.</summary>
    internal static WorkingDayCalendar LoadEnglandAndWales()
    {
        using var stream = typeof(BankHolidayFile).Assembly.GetManifestResourceStream(EnglandAndWalesResource)
            ?? throw new InvalidOperationException($"The embedded resource {EnglandAndWalesResource} is missing from Sightline.Core.");
        using var reader = new StreamReader(stream);
        var holidays = Parse(reader, EnglandAndWalesResource);
        return new WorkingDayCalendar(holidays, YearsOf(holidays, EnglandAndWalesResource));
    }

    /// <summary>
    /// Parses <c>date,name</c> lines after a <c>date,name</c> header; blank lines and lines starting
    /// with <c>#</c> are skipped. Dates are <c>yyyy-MM-dd</c> and must be in ascending order, so a
    /// line pasted into the wrong year stands out.
    /// </summary>
    /// <exception cref="FormatException">A line is malformed, out of order or repeated.</exception>
    internal static IReadOnlyList<BankHoliday> Parse(TextReader reader, string source)
    {
        var holidays = new List<BankHoliday>();
        var headerSeen = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (!headerSeen)
            {
                if (!string.Equals(line, Header, StringComparison.Ordinal))
                    throw Error(source, lineNumber, $"expected the header '{Header}'");
                headerSeen = true;
                continue;
            }
            var holiday = ParseLine(line, source, lineNumber);
            if (holidays.Count > 0 && holiday.Date <= holidays[^1].Date)
                throw Error(source, lineNumber, "dates must be in ascending order with no date repeated");
            holidays.Add(holiday);
        }
        if (!headerSeen)
            throw Error(source, lineNumber, $"the header '{Header}' is missing");
        return holidays;
    }

    /// <summary>
    /// The years the data covers: from its first to its last holiday's year, each of which must have
    /// at least one holiday, so a missing year is not mistaken for one without holidays.
    /// </summary>
    /// <exception cref="FormatException">There are no holidays, or a year in between has none.</exception>
    internal static YearRange YearsOf(IReadOnlyList<BankHoliday> holidays, string source)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        if (holidays.Count == 0)
            throw new FormatException($"{source}: there are no bank holidays.");
        var years = holidays.Select(h => h.Date.Year).ToHashSet();
        var range = new YearRange(years.Min(), years.Max());
        var missing = Enumerable.Range(range.First, range.Last - range.First + 1).Where(y => !years.Contains(y)).ToList();
        if (missing.Count > 0)
            throw new FormatException($"{source}: no bank holidays for {string.Join(", ", missing)}, inside the years {range}.");
        return range;
    }

    private static BankHoliday ParseLine(string line, string source, int lineNumber)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
            throw Error(source, lineNumber, "expected 'date,name'");
        var dateText = line[..comma];
        var name = line[(comma + 1)..].Trim();
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Error(source, lineNumber, $"'{dateText}' is not a date in the form yyyy-MM-dd");
        if (name.Length == 0)
            throw Error(source, lineNumber, "the holiday has no name");
        return new BankHoliday(date, name);
    }

    private static FormatException Error(string source, int lineNumber, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}, line {lineNumber}: {problem}."));
}
