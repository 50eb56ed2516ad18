using Sightline.Core.Events;

namespace Sightline.Storage.Schema;

/// <summary>An active plan of a child at the family's last run: the flags the child list shows.</summary>
internal sealed class PlanFlagRow
{
    public required string ChildId { get; set; }

    public PlanType Plan { get; set; }

    public required string LocalAuthority { get; set; }

    public DateOnly Started { get; set; }
}
