using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols;

/// <summary>
/// Something that must happen by a day ("a transfer-in conference within 15 working days").
/// It is met by a later event, lapses when its reason goes, or raises its rule's alert at the end
/// of the day it falls due. Obligations are part of case state.
/// </summary>
public sealed record Obligation
{
    /// <summary>The rule that opened it and will raise its alert.</summary>
    public required string Rule { get; init; }

    /// <summary>Identifies it within the rule; an obligation with the same key is not opened twice.</summary>
    public required string Key { get; init; }

    /// <summary>The persons it is about (children first, then any adult).</summary>
    public required IReadOnlyList<PersonId> Subjects { get; init; }

    /// <summary>The day it was opened.</summary>
    public required DateOnly OpenedOn { get; init; }

    /// <summary>The last day on which meeting it is in time.</summary>
    public required DateOnly DueOn { get; init; }

    /// <summary>The position in the history of the event that opened it.</summary>
    public int OpenedBy { get; init; }

    /// <summary>The person the obligation turns on (the adult to assess, the member with history elsewhere…).</summary>
    public PersonId? Person { get; init; }

    /// <summary>A day that identifies what the obligation is about (the start of the plan that moved…).</summary>
    public DateOnly? Anchor { get; init; }

    /// <summary>An agency the obligation concerns (the adult service, the sender, the new area's agency…).</summary>
    public AgencyId? Agency { get; init; }

    /// <summary>An area the obligation concerns (the area moved to, the area holding the history…).</summary>
    public string? Area { get; init; }

    /// <summary>Another area the obligation concerns (the area moved from…).</summary>
    public string? OtherArea { get; init; }
}
