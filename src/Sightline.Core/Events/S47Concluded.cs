namespace Sightline.Core.Events;

/// <summary>A section 47 enquiry concludes. Wire kind <c>s47-concluded</c>.</summary>
public sealed record S47Concluded : CaseEvent
{
    /// <summary>How it concluded.</summary>
    public required S47Outcome Outcome { get; init; }
}
