using System.Globalization;

namespace Sightline.Web.Presentation;

/// <summary>Instants as a reader in England reads them: the local time of day, summer time included.</summary>
internal static class EnglandTime
{
    private static readonly TimeZoneInfo England =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The time of day, e.g. <c>14:05</c>.</summary>
    public static string Time(DateTimeOffset instant) => Local(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The day and time, e.g. <c>23 Nov 2026 14:05</c>.</summary>
    public static string DateAndTime(DateTimeOffset instant) => Local(instant).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant for a <c>datetime</c> attribute, e.g. <c>2026-11-23T14:05:00Z</c>.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, England);
}
