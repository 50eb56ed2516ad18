using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// An alert a good system must raise for the scenario: one of <paramref name="Rule"/> naming
/// <paramref name="Subject"/> (among others), on or before <paramref name="Day"/> and not before
/// <paramref name="From"/> when given, notifying at least the agency kinds in <paramref name="Notify"/>.
/// </summary>
/// <param name="Rule">The rule id, e.g. <c>bruising-non-mobile</c>.</param>
/// <param name="Subject">A person the alert must name.</param>
/// <param name="Day">The last day, counted from the scenario's start, on which it is in time.</param>
/// <param name="From">The first day on which it counts, when an early alert would be wrong.</param>
/// <param name="Notify">Agency kinds that must be among those notified.</param>
public sealed record ExpectedAlert(string Rule, PersonId Subject, int Day, int? From, IReadOnlyList<AgencyKind> Notify);
