using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Interop.Intake;

/// <summary>
/// What an intake reader needs to know beyond the batch itself, gathered by the caller from the
/// store: who is sending, what day it is, and which agencies and which of the sender's persons
/// Sightline already holds (a batch may refer to them without declaring them again).
/// </summary>
public sealed record IntakeContext
{
    /// <summary>The sending agency: the caller's own. Every event is recorded by it and every person id is its own.</summary>
    public required AgencyId Sender { get; init; }

    /// <summary>Today, in England: an event cannot be dated after it.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Every agency Sightline holds: events may refer to them, and their areas are the known local authorities.</summary>
    public IReadOnlyCollection<Agency> KnownAgencies { get; init; } = [];

    /// <summary>The sender's persons that Sightline holds, by the sender's local id, with their roles.</summary>
    public IReadOnlyDictionary<string, PersonRole> KnownPersons { get; init; } = new Dictionary<string, PersonRole>();
}
