using Sightline.Core.Persons;

namespace Sightline.Core.Events;

/// <summary>A completed assessment and whom it covered. Wire kind <c>assessment</c>.</summary>
public sealed record Assessment : CaseEvent
{
    /// <summary>The kind of assessment.</summary>
    public required AssessmentType Type { get; init; }

    /// <summary>The persons it covered.</summary>
    public required IReadOnlyList<PersonId> Includes { get; init; }

    /// <inheritdoc/>
    public override CaseEvent WithPersons(Func<PersonId, PersonId> resolve) =>
        ((Assessment)base.WithPersons(resolve)) with { Includes = Distinct(Includes, resolve) };
}
