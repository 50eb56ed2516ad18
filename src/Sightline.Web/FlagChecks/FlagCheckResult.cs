using Sightline.Core.Events;

namespace Sightline.Web.FlagChecks;

/// <summary>The answer to a flag check, for the API, the FHIR search and a page alike.</summary>
/// <param name="Outcome">What was found.</param>
/// <param name="Records">The records found (empty unless <see cref="FlagCheckOutcome.Flagged"/> or <see cref="FlagCheckOutcome.NoFlags"/>).</param>
/// <param name="Setting">Where the check was made from.</param>
/// <param name="CheckedAt">When.</param>
/// <param name="Today">The day in England, from which "ended in the last N days" is counted.</param>
/// <param name="PlanEndedWithinDays">How long after it ends a plan still flags (the partnership's setting, 365 by default).</param>
/// <param name="Refusal">Why the check was refused, for <see cref="FlagCheckOutcome.Refused"/>.</param>
internal sealed record FlagCheckResult(
    FlagCheckOutcome Outcome,
    IReadOnlyList<CheckedRecord> Records,
    CareSetting Setting,
    DateTimeOffset CheckedAt,
    DateOnly Today,
    int PlanEndedWithinDays,
    string? Refusal = null);
