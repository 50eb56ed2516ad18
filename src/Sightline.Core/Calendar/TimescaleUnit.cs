namespace Sightline.Core.Calendar;

/// <summary>What a <see cref="Timescale"/> counts.</summary>
public enum TimescaleUnit
{
    /// <summary>Working days after the start, the start not counted.</summary>
    WorkingDays,

    /// <summary>Calendar days: the start plus N.</summary>
    Days,

    /// <summary>Calendar months: the same day of the month N months later, clamped to the month's end.</summary>
    Months,
}
