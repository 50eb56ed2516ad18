namespace Sightline.Core.Events;

/// <summary>Imaging performed. Wire kind <c>imaging</c>.</summary>
public sealed record Imaging : CaseEvent
{
    /// <summary>The study.</summary>
    public required ImagingStudy Study { get; init; }

    /// <summary>Whether the formal report was issued with it.</summary>
    public required bool Reported { get; init; }

    /// <summary>Findings, if any.</summary>
    public string? Findings { get; init; }
}
