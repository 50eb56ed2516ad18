using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Core.Events;

/// <summary>One agency tells others about persons. Wire kind <c>information-shared</c>.</summary>
public sealed record InformationShared : CaseEvent
{
    /// <summary>The agencies told.</summary>
    public required IReadOnlyList<AgencyId> To { get; init; }

    /// <summary>The persons it is about.</summary>
    public required IReadOnlyList<PersonId> About { get; init; }

    /// <summary>Whether the receivers acknowledged at once.</summary>
    public required bool Acknowledged { get; init; }

    /// <inheritdoc/>
    public override CaseEvent WithPersons(Func<PersonId, PersonId> resolve) =>
        ((InformationShared)base.WithPersons(resolve)) with { About = Distinct(About, resolve) };
}
