using Sightline.Core.Persons;

namespace Sightline.Storage.Queries;

/// <summary>A child (born or unborn) as listed for practitioners.</summary>
/// <param name="Id">The child's id.</param>
/// <param name="Name">The name, when recorded.</param>
/// <param name="Role"><see cref="PersonRole.Child"/> or <see cref="PersonRole.Unborn"/>.</param>
/// <param name="Born">Date of birth, when born.</param>
/// <param name="Due">Due date, when unborn.</param>
/// <param name="LocalAuthority">Where the child lived when first recorded.</param>
/// <param name="NhsNumber">The NHS number, when known.</param>
public sealed record ChildSummary(
    PersonId Id,
    string? Name,
    PersonRole Role,
    DateOnly? Born,
    DateOnly? Due,
    string? LocalAuthority,
    NhsNumber? NhsNumber)
{
    /// <summary>The postcode recorded for the child, when known.</summary>
    public UkPostcode? Postcode { get; init; }
}
