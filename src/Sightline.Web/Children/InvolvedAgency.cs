using Sightline.Core.Agencies;

namespace Sightline.Web.Children;

/// <summary>An agency involved with a child, and since when.</summary>
/// <param name="Id">The agency's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind in words.</param>
/// <param name="Area">The local authority it serves.</param>
/// <param name="Since">The day of the first event it recorded about the child or the household.</param>
internal sealed record InvolvedAgency(AgencyId Id, string Name, string Kind, string Area, DateOnly Since);
