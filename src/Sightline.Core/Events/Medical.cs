namespace Sightline.Core.Events;

/// <summary>A medical examination. Wire kind <c>medical</c>.</summary>
public sealed record Medical : CaseEvent
{
    /// <summary>Why it was held.</summary>
    public required MedicalPurpose Purpose { get; init; }
}
