using Sightline.Core.Agencies;

namespace Sightline.Interop.Fhir.Flags;

/// <summary>The area holding a plan and whom to call there: its children's social care, when known.</summary>
/// <param name="LocalAuthority">The local authority holding the plan.</param>
/// <param name="Agency">Its children's social care, when Sightline knows the agency; null otherwise.</param>
public sealed record ResponsibleArea(string LocalAuthority, Agency? Agency);
