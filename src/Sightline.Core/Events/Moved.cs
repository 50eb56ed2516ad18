using Sightline.Core.Agencies;

namespace Sightline.Core.Events;

/// <summary>The subjects now live at a new address, together. Wire kind <c>moved</c>.</summary>
public sealed record Moved : CaseEvent
{
    /// <summary>The local authority they moved to.</summary>
    public required string LocalAuthority { get; init; }

    /// <summary>The kind of housing.</summary>
    public required Housing Housing { get; init; }

    /// <summary>The agency that arranged the move, if any.</summary>
    public AgencyId? ArrangedBy { get; init; }
}
