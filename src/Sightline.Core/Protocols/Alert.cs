using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Core.Protocols;

/// <summary>
/// What the system raises when the facts held by agencies form a known pattern of harm: which
/// rule, about whom, whom to tell, what must happen next and by when, and the learning behind it.
/// </summary>
public sealed record Alert
{
    /// <summary>The rule's fixed id, e.g. <c>bruising-non-mobile</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>The day it was raised.</summary>
    public required DateOnly RaisedOn { get; init; }

    /// <summary>The child or children it is about and, for rules about an adult, that adult.</summary>
    public required IReadOnlyList<PersonId> Subjects { get; init; }

    /// <summary>The agencies to tell.</summary>
    public required IReadOnlyList<AgencyId> Notify { get; init; }

    /// <summary>When the next step falls due, where the rule sets one.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>What happened and what must happen next, in words a practitioner reads at a glance.</summary>
    public required string Message { get; init; }

    /// <summary>
    /// Identifies the trigger within the rule, so that no trigger raises the same rule twice
    /// (an event's position, or an obligation's key).
    /// </summary>
    public required string Key { get; init; }
}
