namespace Sightline.Core.Protocols;

/// <summary>Where an obligation stands.</summary>
public enum ObligationStatus
{
    /// <summary>Still to be met.</summary>
    Open,

    /// <summary>The event it waited for has happened.</summary>
    Met,

    /// <summary>Its reason has gone (the plan ended, the child left the area…).</summary>
    Lapsed,
}
