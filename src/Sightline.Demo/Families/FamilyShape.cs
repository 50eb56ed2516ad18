namespace Sightline.Demo.Families;

/// <summary>Constraints on a family's make-up, so that a story (a plan, a planted pattern) has room to happen.</summary>
internal sealed record FamilyShape
{
    /// <summary>A family of universal services only: anything goes.</summary>
    public static FamilyShape Open { get; } = new();

    /// <summary>Exactly one baby, born early enough to leave eight months of history after the birth.</summary>
    public bool BabyWithRoomAfterBirth { get; init; }

    /// <summary>An older brother or sister, under five when the baby is born.</summary>
    public bool YoungSibling { get; init; }

    /// <summary>No older children live with the mother.</summary>
    public bool NoOlderChildren { get; init; }

    /// <summary>Whether the father lives with the children; null to draw it.</summary>
    public FatherLiving? Father { get; init; }

    /// <summary>A mother who is 17 and looked after when the pregnancy is booked, with no older children.</summary>
    public bool LookedAfterTeenageMother { get; init; }

    /// <summary>Whether a move may be drawn (stories with plans keep families still, unless they plant a move).</summary>
    public bool MayMove { get; init; } = true;

    /// <summary>Whether a new partner may join the household, or a father leave it.</summary>
    public bool HouseholdMayChange { get; init; } = true;
}
