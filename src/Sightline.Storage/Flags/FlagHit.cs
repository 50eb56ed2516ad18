using Sightline.Core.Events;

namespace Sightline.Storage.Flags;

/// <summary>One row of the flag query: a plan and the person it was found for (both sides of its union project to this).</summary>
internal sealed class FlagHit
{
    public required string PersonId { get; init; }

    public required string HolderId { get; init; }

    public PlanType Plan { get; init; }

    public PlanCategory? Category { get; init; }

    public required string LocalAuthority { get; init; }

    public DateOnly Started { get; init; }

    public DateOnly? Ended { get; init; }
}
