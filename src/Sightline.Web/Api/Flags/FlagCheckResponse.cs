namespace Sightline.Web.Api.Flags;

/// <summary>The answer to <c>GET /api/flags</c>.</summary>
/// <param name="Outcome"><c>flags</c>, <c>no-flags</c>, <c>no-record</c> or <c>no-confident-match</c>.</param>
/// <param name="Summary">The answer in one or two sentences, as a clinician would read it out.</param>
/// <param name="CheckedAt">When the check ran (UTC).</param>
/// <param name="Setting">Where from: <c>emergency-department</c>, <c>urgent-care</c>, <c>walk-in</c> or <c>out-of-hours</c>.</param>
/// <param name="PlanEndedWithinDays">Ended plans are shown when they ended within this many days (365 unless the partnership's policy says otherwise).</param>
/// <param name="Children">Each record found, with its flags, areas and attendances.</param>
internal sealed record FlagCheckResponse(
    string Outcome,
    string Summary,
    DateTimeOffset CheckedAt,
    string Setting,
    int PlanEndedWithinDays,
    IReadOnlyList<CheckedChildResponse> Children);
