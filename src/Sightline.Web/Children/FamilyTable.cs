namespace Sightline.Web.Children;

/// <summary>What the shared family table draws.</summary>
/// <param name="Caption">The table's caption.</param>
/// <param name="Members">The people, in the order to show.</param>
/// <param name="Empty">What to say when there is no one.</param>
internal sealed record FamilyTable(string Caption, IReadOnlyList<FamilyMember> Members, string Empty);
