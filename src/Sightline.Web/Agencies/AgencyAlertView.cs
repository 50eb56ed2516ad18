using Sightline.Core.Persons;
using Sightline.Web.Alerts;

namespace Sightline.Web.Agencies;

/// <summary>One alert as the agency it notifies sees it.</summary>
/// <param name="Agency">The agency.</param>
/// <param name="Alert">The alert with the agencies' responses.</param>
/// <param name="Subjects">Whom it names, for the audit log of a response.</param>
internal sealed record AgencyAlertView(AgencyListing Agency, AlertLine Alert, IReadOnlyList<PersonId> Subjects);
