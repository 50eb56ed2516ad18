using Sightline.Core.Intake;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// One family's story as the agencies recorded it, read from a <c>sightline-scenario/1</c> file,
/// with the alerts a replay must and must not raise. Days in the file are calendar dates here;
/// <see cref="Expected"/> keeps days, as the acceptance check compares them.
/// </summary>
/// <param name="Id">The scenario's id, e.g. <c>baby-r</c>.</param>
/// <param name="Title">Its title, e.g. <c>Baby R (Bexley LCSPR)</c>.</param>
/// <param name="Source">The briefing it was reconstructed from.</param>
/// <param name="Start">The calendar date of day 0.</param>
/// <param name="History">Agencies, persons, relationships, households at day 0 and events with calendar dates.</param>
/// <param name="Expected">Alerts that must be raised.</param>
/// <param name="Forbidden">Alerts that must not be raised.</param>
public sealed record Scenario(
    string Id,
    string Title,
    string Source,
    DateOnly Start,
    CaseHistory History,
    IReadOnlyList<ExpectedAlert> Expected,
    IReadOnlyList<ForbiddenAlert> Forbidden)
{
    /// <summary>The day number of a date: 0 for <see cref="Start"/>, negative before it.</summary>
    public int DayOf(DateOnly date) => date.DayNumber - Start.DayNumber;

    /// <summary>The calendar date of a day number.</summary>
    public DateOnly DateOf(int day) => Start.AddDays(day);
}
