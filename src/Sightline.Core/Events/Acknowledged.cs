namespace Sightline.Core.Events;

/// <summary>The receiver confirms an earlier share and agrees actions. Wire kind <c>acknowledged</c>.</summary>
public sealed record Acknowledged : CaseEvent
{
    /// <summary>The date of the information-shared event it answers.</summary>
    public required DateOnly Of { get; init; }
}
