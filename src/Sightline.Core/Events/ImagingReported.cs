namespace Sightline.Core.Events;

/// <summary>The formal imaging report is issued to the clinicians. Wire kind <c>imaging-reported</c>.</summary>
public sealed record ImagingReported : CaseEvent
{
    /// <summary>The study reported.</summary>
    public required ImagingStudy Study { get; init; }

    /// <summary>The findings.</summary>
    public required string Findings { get; init; }
}
