using Sightline.Core.Agencies;

namespace Sightline.Web.Agencies;

/// <summary>An agency as the agencies page lists it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind in words.</param>
/// <param name="Area">The local authority it serves.</param>
internal sealed record AgencyListing(AgencyId Id, string Name, string Kind, string Area);
