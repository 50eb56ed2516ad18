using Sightline.Core.Persons;

namespace Sightline.Interop.Scenarios;

/// <summary>An alert the scenario must never raise: a false-positive trap.</summary>
/// <param name="Rule">The rule id, e.g. <c>injury-on-plan</c>.</param>
/// <param name="Subject">The person it must not be raised about.</param>
public sealed record ForbiddenAlert(string Rule, PersonId Subject);
