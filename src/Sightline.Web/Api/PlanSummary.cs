namespace Sightline.Web.Api;

/// <summary>An active plan, as the API returns it.</summary>
/// <param name="Plan">The plan's name, e.g. <c>child protection</c>.</param>
/// <param name="Area">The local authority holding it.</param>
/// <param name="Started">When it started.</param>
/// <param name="Category">Its category, when it has one.</param>
internal sealed record PlanSummary(string Plan, string Area, DateOnly Started, string? Category);
