using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Web.Children;

/// <summary>A child as the children page lists them, with their flags.</summary>
/// <param name="Id">The child's id.</param>
/// <param name="Name">The name shown.</param>
/// <param name="NhsNumber">The NHS number in 3-3-4 form, when known.</param>
/// <param name="Born">Date of birth, once born.</param>
/// <param name="Due">Due date, while unborn.</param>
/// <param name="Area">The local authority recorded for the child.</param>
/// <param name="Plans">Active plans.</param>
/// <param name="Alerts">How many alerts name the child that are open for the reader's agency (not acknowledged by it).</param>
/// <param name="LatestAlert">The day of the latest of them.</param>
/// <param name="Postcode">The postcode recorded for the child, when known.</param>
internal sealed record ChildListing(
    PersonId Id,
    string Name,
    string? NhsNumber,
    DateOnly? Born,
    DateOnly? Due,
    string? Area,
    IReadOnlyList<PlanType> Plans,
    int Alerts,
    DateOnly? LatestAlert,
    UkPostcode? Postcode)
{
    /// <summary>True when the child has an active plan or an alert.</summary>
    public bool HasFlags => Plans.Count > 0 || Alerts > 0;
}
