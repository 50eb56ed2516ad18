namespace Sightline.Core.Events;

/// <summary>A child is registered with a GP. Wire kind <c>gp-registered</c>.</summary>
public sealed record GpRegistered : CaseEvent;
