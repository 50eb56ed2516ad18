namespace Sightline.Storage.Schema;

/// <summary>
/// At the family's last run, someone living with a person who has (or had) a child-protection,
/// looked-after or pre-birth plan: what lets a flag check show a sibling's plan from an index
/// alone, without walking the family network. Written only for households with such a plan.
/// </summary>
internal sealed class HouseholdPlanRow
{
    /// <summary>The person a flag check may be about.</summary>
    public required string PersonId { get; set; }

    /// <summary>Someone else in their household with a flagging plan (see <see cref="PlanFlagRow"/>).</summary>
    public required string MemberId { get; set; }
}
