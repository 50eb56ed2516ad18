using Sightline.Core.Persons;

namespace Sightline.Core.Households;

/// <summary>A set of persons living at one address at a given time.</summary>
/// <param name="Members">Who lives there.</param>
public sealed record Household(IReadOnlyList<PersonId> Members);
