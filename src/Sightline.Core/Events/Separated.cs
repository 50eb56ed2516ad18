namespace Sightline.Core.Events;

/// <summary>A couple's relationship ends (subjects: the two adults). Wire kind <c>separated</c>.</summary>
public sealed record Separated : CaseEvent;
