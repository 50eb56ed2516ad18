namespace Sightline.Core.Agencies;

/// <summary>
/// How to reach an agency about a child: its front door in working hours and its out-of-hours
/// service. Children's social care's contact is what a flag check gives a clinician who finds a
/// child on a plan. Each part is optional; an agency may have sent only some.
/// </summary>
/// <param name="Phone">The working-hours telephone number, as people dial it (e.g. <c>01632 960 001</c>).</param>
/// <param name="Email">The secure email address for referrals and queries.</param>
/// <param name="OutOfHoursPhone">The out-of-hours (emergency duty) telephone number.</param>
public sealed record AgencyContact(string? Phone, string? Email, string? OutOfHoursPhone)
{
    /// <summary>True when no part is given.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(OutOfHoursPhone);
}
