using Sightline.Core.Events;

namespace Sightline.Storage.Schema;

/// <summary>
/// A plan of a child at the family's last run, active or ended: the flags the child list shows
/// (the active ones) and what a flag check reads (active ones and those ended lately).
/// </summary>
internal sealed class PlanFlagRow
{
    public required string ChildId { get; set; }

    public PlanType Plan { get; set; }

    public PlanCategory? Category { get; set; }

    public required string LocalAuthority { get; set; }

    public DateOnly Started { get; set; }

    /// <summary>The day the plan ended; null while it is active.</summary>
    public DateOnly? Ended { get; set; }
}
