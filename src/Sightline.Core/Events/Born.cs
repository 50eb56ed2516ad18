namespace Sightline.Core.Events;

/// <summary>An unborn child is born (subjects: the child). Wire kind <c>born</c>.</summary>
public sealed record Born : CaseEvent;
