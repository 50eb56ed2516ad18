using Sightline.Core.Agencies;

namespace Sightline.Core.Events;

/// <summary>A child protection conference. Wire kind <c>conference</c>.</summary>
public sealed record Conference : CaseEvent
{
    /// <summary>The kind of conference.</summary>
    public required ConferenceType Type { get; init; }

    /// <summary>The area holding it.</summary>
    public required string LocalAuthority { get; init; }

    /// <summary>Agencies invited.</summary>
    public required IReadOnlyList<AgencyId> Invited { get; init; }

    /// <summary>Agencies that attended.</summary>
    public required IReadOnlyList<AgencyId> Attended { get; init; }
}
