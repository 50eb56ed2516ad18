namespace Sightline.Web.Api.Flags;

/// <summary>A children's social care agency and how to reach it.</summary>
/// <param name="Agency">The agency's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Phone">Working-hours phone, when known.</param>
/// <param name="Email">Secure email, when known.</param>
/// <param name="OutOfHoursPhone">Out-of-hours (emergency duty) phone, when known.</param>
internal sealed record ContactResponse(string Agency, string Name, string? Phone, string? Email, string? OutOfHoursPhone);
