namespace Sightline.Core.Events;

/// <summary>A multi-agency meeting other than a strategy discussion or conference. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum MeetingType
{
    /// <summary><c>professionals</c></summary>
    Professionals,
    /// <summary><c>discharge-planning</c></summary>
    DischargePlanning,
    /// <summary><c>core-group</c></summary>
    CoreGroup,
}
