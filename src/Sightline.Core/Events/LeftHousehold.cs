using Sightline.Core.Persons;

namespace Sightline.Core.Events;

/// <summary>An adult leaves a household. Wire kind <c>left-household</c>.</summary>
public sealed record LeftHousehold : CaseEvent
{
    /// <summary>Any member of the household left.</summary>
    public required PersonId Household { get; init; }

    /// <inheritdoc/>
    public override CaseEvent WithPersons(Func<PersonId, PersonId> resolve) =>
        ((LeftHousehold)base.WithPersons(resolve)) with { Household = resolve(Household) };
}
