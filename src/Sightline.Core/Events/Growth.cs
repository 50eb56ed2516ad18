namespace Sightline.Core.Events;

/// <summary>A weight measurement. Wire kind <c>growth</c>.</summary>
public sealed record Growth : CaseEvent
{
    /// <summary>The weight centile (strictly between 0 and 100).</summary>
    public required double Centile { get; init; }
}
