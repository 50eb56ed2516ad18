using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Storage.Flags;

/// <summary>An unscheduled-care attendance as a flag check lists it.</summary>
/// <param name="Person">Whose record names it.</param>
/// <param name="Date">The day of the attendance.</param>
/// <param name="Agency">The agency that recorded it.</param>
/// <param name="AgencyName">That agency's name.</param>
/// <param name="Setting">Where: emergency department, urgent care, walk-in or out of hours.</param>
/// <param name="Reason">Why, as the setting recorded it.</param>
public sealed record StoredAttendance(PersonId Person, DateOnly Date, AgencyId Agency, string AgencyName, CareSetting Setting, string Reason);
