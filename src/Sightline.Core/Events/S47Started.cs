namespace Sightline.Core.Events;

/// <summary>A section 47 enquiry starts. Wire kind <c>s47-started</c>.</summary>
public sealed record S47Started : CaseEvent;
