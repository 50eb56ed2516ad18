using Sightline.Core.Events;

namespace Sightline.Demo.Families;

/// <summary>Where the family lives from a day on, and which of the area's GP practices it uses.</summary>
/// <param name="From">The day it moved in (the start of the history for the first).</param>
/// <param name="Area">The local authority.</param>
/// <param name="Housing">The kind of housing.</param>
/// <param name="ArrangedByHousing">Whether a housing agency arranged the move.</param>
/// <param name="GpPractice">The GP practice (0 to 2) in that area.</param>
internal sealed record Residence(DateOnly From, string Area, Housing Housing, bool ArrangedByHousing, int GpPractice);
