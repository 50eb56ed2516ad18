namespace Sightline.Web.Api.Flags;

/// <summary>An unscheduled-care attendance.</summary>
/// <param name="Date">The day.</param>
/// <param name="Setting"><c>emergency-department</c>, <c>urgent-care</c>, <c>walk-in</c> or <c>out-of-hours</c>.</param>
/// <param name="Agency">The agency that recorded it.</param>
/// <param name="AgencyName">Its name.</param>
/// <param name="Reason">Why, as recorded.</param>
internal sealed record AttendanceResponse(DateOnly Date, string Setting, string Agency, string AgencyName, string Reason);
