namespace Sightline.Web.Recording;

/// <summary>What a practitioner typed into the record-an-event form, as sent: nothing is trusted yet.</summary>
internal sealed record EventForm
{
    public string? Day { get; init; }

    public string? Month { get; init; }

    public string? Year { get; init; }

    public string? Note { get; init; }

    /// <summary>Contact: <c>home-visit</c>, <c>clinic</c>, <c>phone</c>, <c>virtual</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Contact: <c>yes</c> or <c>no</c>.</summary>
    public string? ChildSeen { get; init; }

    /// <summary>Contact: <c>completed</c> or <c>no-access</c>.</summary>
    public string? Outcome { get; init; }

    /// <summary>Injury: its wire name, e.g. <c>bruise</c>.</summary>
    public string? InjuryType { get; init; }

    public string? Site { get; init; }

    public string? Explanation { get; init; }

    /// <summary>Missed appointment: the service it was with.</summary>
    public string? Service { get; init; }

    /// <summary>Referral: the agency id referred to.</summary>
    public string? ReferTo { get; init; }

    public string? Concern { get; init; }

    /// <summary>Information shared: the agency ids told.</summary>
    public IReadOnlyList<string> ShareTo { get; init; } = [];

    /// <summary>Information shared: the person ids it was about.</summary>
    public IReadOnlyList<string> About { get; init; } = [];

    /// <summary>Information shared: <c>yes</c> or <c>no</c>.</summary>
    public string? Acknowledged { get; init; }
}
