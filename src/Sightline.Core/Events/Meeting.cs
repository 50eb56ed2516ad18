using Sightline.Core.Agencies;

namespace Sightline.Core.Events;

/// <summary>A multi-agency meeting other than a strategy discussion or conference. Wire kind <c>meeting</c>.</summary>
public sealed record Meeting : CaseEvent
{
    /// <summary>The kind of meeting.</summary>
    public required MeetingType Type { get; init; }

    /// <summary>Agencies invited.</summary>
    public required IReadOnlyList<AgencyId> Invited { get; init; }

    /// <summary>Agencies that attended.</summary>
    public required IReadOnlyList<AgencyId> Attended { get; init; }
}
