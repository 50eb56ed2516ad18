namespace Sightline.Core.Events;

/// <summary>A practitioner contact or attempted visit. Wire kind <c>contact</c>.</summary>
public sealed record Contact : CaseEvent
{
    /// <summary>How contact was made.</summary>
    public required ContactMode Mode { get; init; }

    /// <summary>Whether the child was seen.</summary>
    public required bool ChildSeen { get; init; }

    /// <summary>Whether the family was reached.</summary>
    public ContactOutcome Outcome { get; init; } = ContactOutcome.Completed;
}
