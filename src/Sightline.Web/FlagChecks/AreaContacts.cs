using Sightline.Core.Agencies;

namespace Sightline.Web.FlagChecks;

/// <summary>A responsible area — a local authority holding a plan — and its children's social care, whom the clinician calls.</summary>
/// <param name="LocalAuthority">The local authority.</param>
/// <param name="ChildrensSocialCare">Its children's social care agencies, with their contact details where known (none when Sightline knows no such agency).</param>
internal sealed record AreaContacts(string LocalAuthority, IReadOnlyList<Agency> ChildrensSocialCare);
