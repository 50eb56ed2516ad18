using System.Globalization;

namespace Sightline.Web.Presentation;

/// <summary>
/// A date typed into the design system's date input — day, month and year boxes — read as the
/// design system words its problems: the first missing box named, or "must be a real date".
/// The boxes' ids are the field's id with <c>-day</c>, <c>-month</c> and <c>-year</c>.
/// </summary>
internal static class DateInput
{
    /// <summary>The date typed; null when nothing was typed, or when it has a problem (added to <paramref name="errors"/>).</summary>
    /// <param name="field">The input's id, e.g. <c>born</c>.</param>
    /// <param name="label">What the date is, as the problem starts: "Date of birth".</param>
    /// <param name="example">A real date in the boxes' form, e.g. "27 3 2024".</param>
    /// <param name="day">The day box as typed.</param>
    /// <param name="month">The month box as typed.</param>
    /// <param name="year">The year box as typed.</param>
    /// <param name="errors">Where a problem is added.</param>
    public static DateOnly? Read(string field, string label, string example, string? day, string? month, string? year, List<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var (d, m, y) = (Typed(day), Typed(month), Typed(year));
        if (d is null && m is null && y is null)
        {
            return null;
        }
        var missing = new[] { ("day", d), ("month", m), ("year", y) }.Where(p => p.Item2 is null).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new FormError($"{field}-{missing[0]}", $"{label} must include a {Words.List(missing)}"));
            return null;
        }
        if (int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var dd)
            && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var mm)
            && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yy)
            && yy is >= 1900 and <= 9999 && mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(yy, mm))
        {
            return new DateOnly(yy, mm, dd);
        }
        errors.Add(new FormError($"{field}-day", $"{label} must be a real date, like {example}"));
        return null;
    }

    /// <summary>True when nothing was typed in any box.</summary>
    public static bool IsEmpty(string? day, string? month, string? year) => Typed(day) is null && Typed(month) is null && Typed(year) is null;

    private static string? Typed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
