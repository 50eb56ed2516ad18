using Sightline.Core.Persons;

namespace Sightline.Web.Chronology;

/// <summary>A child's multi-agency chronology with who the child is, for an export.</summary>
/// <param name="Id">The child as resolved.</param>
/// <param name="Name">The child's name.</param>
/// <param name="NhsNumber">The NHS number, formatted, when known.</param>
/// <param name="Born">The date of birth; null for an unborn child.</param>
/// <param name="Entries">Every entry, newest first.</param>
internal sealed record ChildChronology(PersonId Id, string Name, string? NhsNumber, DateOnly? Born, IReadOnlyList<ChronologyEntry> Entries);
