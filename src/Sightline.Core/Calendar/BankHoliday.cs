namespace Sightline.Core.Calendar;

/// <summary>A public holiday on which agencies' offices are closed, so it is not a working day.</summary>
/// <param name="Date">The day of the holiday (a substitute day where the holiday falls at a weekend).</param>
/// <param name="Name">The name as published, e.g. <c>Boxing Day (substitute day)</c>.</param>
public sealed record BankHoliday(DateOnly Date, string Name);
