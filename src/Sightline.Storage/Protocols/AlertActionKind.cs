namespace Sightline.Storage.Protocols;

/// <summary>How an agency responded to an alert. Stored as its wire name.</summary>
public enum AlertActionKind
{
    /// <summary><c>acknowledged</c>: the agency has seen the alert and taken it on; it is no longer open for that agency.</summary>
    Acknowledged,

    /// <summary><c>action-taken</c>: something was done about it, described in the note.</summary>
    ActionTaken,
}
