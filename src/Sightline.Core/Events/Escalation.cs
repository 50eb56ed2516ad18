using Sightline.Core.Agencies;

namespace Sightline.Core.Events;

/// <summary>A professional disagreement raised or resolved. Wire kind <c>escalation</c>.</summary>
public sealed record Escalation : CaseEvent
{
    /// <summary>The stage, 1 to 4.</summary>
    public required int Stage { get; init; }

    /// <summary>Raised or resolved.</summary>
    public required EscalationStatus Status { get; init; }

    /// <summary>The agency the disagreement is with.</summary>
    public required AgencyId About { get; init; }
}
