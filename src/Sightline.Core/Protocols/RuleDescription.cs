namespace Sightline.Core.Protocols;

/// <summary>A rule in words: what it looks for, whom it tells, what must happen, and where the learning comes from.</summary>
/// <param name="Id">The fixed id.</param>
/// <param name="Title">A short title.</param>
/// <param name="Trigger">When it is raised.</param>
/// <param name="Notifies">Whom it tells.</param>
/// <param name="NextStep">What must happen next, and by when.</param>
/// <param name="Learning">The review learning it encodes (which briefing, and what it found).</param>
/// <param name="Guidance">The national guidance behind it.</param>
/// <param name="Settings">The names of the settings that tune it.</param>
public sealed record RuleDescription(
    string Id,
    string Title,
    string Trigger,
    string Notifies,
    string NextStep,
    string Learning,
    string Guidance,
    IReadOnlyList<string> Settings);
