using Sightline.Core.Agencies;

namespace Sightline.Core.Persons;

/// <summary>
/// A fact about a person from before the case began, with the agencies that hold it. A fact
/// known to no agency is recorded but cannot be acted on: that is the point of keeping
/// <see cref="KnownTo"/>.
/// </summary>
/// <param name="Fact">What is known.</param>
/// <param name="KnownTo">Which agencies hold it.</param>
public sealed record HistoryFact(HistoryFactKind Fact, IReadOnlyList<AgencyId> KnownTo);
