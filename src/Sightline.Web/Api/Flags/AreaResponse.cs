namespace Sightline.Web.Api.Flags;

/// <summary>A responsible area and whom to call there.</summary>
/// <param name="LocalAuthority">The local authority holding a plan.</param>
/// <param name="Contacts">Its children's social care, with contact details where known; empty when Sightline knows none.</param>
internal sealed record AreaResponse(string LocalAuthority, IReadOnlyList<ContactResponse> Contacts);
