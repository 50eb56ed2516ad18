using Sightline.Core.Persons;

namespace Sightline.Core.Events;

/// <summary>A pregnancy becomes known to the agency (subjects: the mother). Wire kind <c>pregnancy</c>.</summary>
public sealed record Pregnancy : CaseEvent
{
    /// <summary>The unborn child.</summary>
    public required PersonId Unborn { get; init; }

    /// <summary>The due date.</summary>
    public required DateOnly Due { get; init; }

    /// <inheritdoc/>
    public override CaseEvent WithPersons(Func<PersonId, PersonId> resolve) =>
        ((Pregnancy)base.WithPersons(resolve)) with { Unborn = resolve(Unborn) };
}
