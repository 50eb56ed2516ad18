using Sightline.Core.Persons;

namespace Sightline.Core.Events;

/// <summary>An adult joins a household. Wire kind <c>joined-household</c>.</summary>
public sealed record JoinedHousehold : CaseEvent
{
    /// <summary>Any member of the household joined.</summary>
    public required PersonId Household { get; init; }

    /// <inheritdoc/>
    public override CaseEvent WithPersons(Func<PersonId, PersonId> resolve) =>
        ((JoinedHousehold)base.WithPersons(resolve)) with { Household = resolve(Household) };
}
