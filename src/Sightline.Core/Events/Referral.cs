using Sightline.Core.Agencies;

namespace Sightline.Core.Events;

/// <summary>A referral to another agency, e.g. children's social care. Wire kind <c>referral</c>.</summary>
public sealed record Referral : CaseEvent
{
    /// <summary>The agency referred to.</summary>
    public required AgencyId To { get; init; }

    /// <summary>The concern.</summary>
    public required string Concern { get; init; }
}
