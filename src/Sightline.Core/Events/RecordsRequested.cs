using Sightline.Core.Agencies;

namespace Sightline.Core.Events;

/// <summary>Records asked of another agency or area. Wire kind <c>records-requested</c>.</summary>
public sealed record RecordsRequested : CaseEvent
{
    /// <summary>The agency asked.</summary>
    public required AgencyId To { get; init; }
}
