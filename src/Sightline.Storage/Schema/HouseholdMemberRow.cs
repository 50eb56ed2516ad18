namespace Sightline.Storage.Schema;

/// <summary>A member of a household, stored in <c>household_members</c> in the order first given.</summary>
internal sealed class HouseholdMemberRow
{
    public required string HouseholdId { get; set; }

    public required string PersonId { get; set; }

    public int Position { get; set; }
}
