namespace Sightline.Demo.Families;

/// <summary>A pregnancy in the history: when midwifery booked it, when the baby is due and, if by then, born.</summary>
/// <param name="Mother">The mother.</param>
/// <param name="Baby">The baby, first recorded as unborn.</param>
/// <param name="Booked">The booking appointment, when the pregnancy becomes known.</param>
/// <param name="Due">The due date.</param>
internal sealed record PregnancyPlan(Member Mother, Member Baby, DateOnly Booked, DateOnly Due)
{
    /// <summary>The birthday, or null when the baby is not born by the end of the history.</summary>
    public DateOnly? BornOn => Baby.DateOfBirth;

    /// <summary>Known to agencies and not yet born on <paramref name="day"/>.</summary>
    public bool IsOngoingOn(DateOnly day) => Booked <= day && !Baby.IsBornBy(day);
}
