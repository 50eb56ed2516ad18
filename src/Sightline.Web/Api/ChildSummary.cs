namespace Sightline.Web.Api;

/// <summary>A child as the API returns them: who, where, their flags and their alerts.</summary>
/// <param name="Id">The child's id.</param>
/// <param name="Name">The name.</param>
/// <param name="NhsNumber">The NHS number (3-3-4), when known.</param>
/// <param name="Born">Date of birth, once born.</param>
/// <param name="Due">Due date, while unborn.</param>
/// <param name="Area">The local authority the child lives in.</param>
/// <param name="Plans">Active plans.</param>
/// <param name="OpenEnquirySince">The start of an open section 47 enquiry.</param>
/// <param name="Alerts">Alerts naming the child, overdue first.</param>
internal sealed record ChildSummary(
    string Id,
    string Name,
    string? NhsNumber,
    DateOnly? Born,
    DateOnly? Due,
    string? Area,
    IReadOnlyList<PlanSummary> Plans,
    DateOnly? OpenEnquirySince,
    IReadOnlyList<AlertSummary> Alerts);
