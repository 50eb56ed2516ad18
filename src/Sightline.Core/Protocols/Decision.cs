namespace Sightline.Core.Protocols;

/// <summary>What a rule decides on seeing an event or a day's end: raise an alert, or open an obligation.</summary>
public abstract record Decision
{
    /// <summary>Raise this alert now.</summary>
    /// <param name="Alert">The alert.</param>
    public sealed record Raise(Alert Alert) : Decision;

    /// <summary>Open this obligation.</summary>
    /// <param name="Obligation">The obligation.</param>
    public sealed record Open(Obligation Obligation) : Decision;
}
