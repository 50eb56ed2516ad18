namespace Sightline.Interop.Checking;

/// <summary>How a document writes the day something happened.</summary>
internal enum DayForm
{
    /// <summary>A whole number of days after the document's start (scenario files).</summary>
    DayNumber,

    /// <summary>A calendar date, <c>YYYY-MM-DD</c> (agency intake).</summary>
    CalendarDate,
}
