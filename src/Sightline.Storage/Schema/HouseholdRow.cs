namespace Sightline.Storage.Schema;

/// <summary>
/// A household as first known, stored in <c>households</c>. Its id is derived from its members
/// (see <see cref="Intake.HouseholdKey"/>) because the domain gives households no id of their own.
/// </summary>
internal sealed class HouseholdRow
{
    public required string Id { get; set; }

    public List<HouseholdMemberRow> Members { get; set; } = [];
}
