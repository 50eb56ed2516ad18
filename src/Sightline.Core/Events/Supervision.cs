namespace Sightline.Core.Events;

/// <summary>Case supervision. Wire kind <c>supervision</c>.</summary>
public sealed record Supervision : CaseEvent
{
    /// <summary>Whether it was reflective.</summary>
    public required bool Reflective { get; init; }
}
