using System.Globalization;

namespace Sightline.Core.Calendar;

/// <summary>
/// A date, or a deadline counted from one, falls in a year for which the calendar has no bank
/// holidays. Guessing would silently move deadlines, so the calendar refuses: the deployment must
/// extend the data (see <c>docs/calendar.md</c>).
/// </summary>
public sealed class DateOutsideCalendarException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception with a default message.</summary>
    public DateOutsideCalendarException()
        : base(null, "The date is outside the years the working-day calendar covers.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DateOutsideCalendarException(string? message)
        : base(null, message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public DateOutsideCalendarException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Creates the exception for a date outside the years a calendar covers, or for a count of
    /// working days from a covered date that would run past the last covered year.
    /// </summary>
    /// <param name="paramName">The argument that led outside the calendar.</param>
    /// <param name="date">The date outside the calendar, or the covered date counted from.</param>
    /// <param name="covers">The years the calendar covers.</param>
    public DateOutsideCalendarException(string? paramName, DateOnly date, YearRange covers)
        : base(paramName, Describe(date, covers)) // the message names the date; ActualValue would repeat it in the current culture
    {
        Date = date;
        Covers = covers;
    }

    /// <summary>The date outside the calendar, or the covered date counted from, when known.</summary>
    public DateOnly? Date { get; }

    /// <summary>The years the calendar covers, when known.</summary>
    public YearRange? Covers { get; }

    private static string Describe(DateOnly date, YearRange covers)
    {
        ArgumentNullException.ThrowIfNull(covers);
        var problem = covers.Contains(date)
            ? string.Create(CultureInfo.InvariantCulture, $"counting working days from {date:yyyy-MM-dd} runs past the end of {covers.Last}")
            : string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is outside it");
        return $"The working-day calendar covers the years {covers}: {problem}. "
            + "Add the missing years' bank holidays to the calendar data "
            + "(for England and Wales: src/Sightline.Core/Calendar/bank-holidays-england-and-wales.csv; see docs/calendar.md).";
    }
}
