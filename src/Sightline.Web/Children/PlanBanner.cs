using Sightline.Core.Events;

namespace Sightline.Web.Children;

/// <summary>An active plan as the flags banner shows it.</summary>
/// <param name="Plan">The plan's type.</param>
/// <param name="Category">The category of abuse in words, when recorded.</param>
/// <param name="Area">The local authority holding it.</param>
/// <param name="Started">When it started.</param>
internal sealed record PlanBanner(PlanType Plan, string? Category, string Area, DateOnly Started);
