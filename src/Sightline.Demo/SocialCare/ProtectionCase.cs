using Sightline.Core.Events;

namespace Sightline.Demo.SocialCare;

/// <summary>A child protection story to write: when concern arises, what it is, how the enquiry ends and how well it is worked.</summary>
/// <param name="Day">The day the concern arises.</param>
/// <param name="Concern">What the concern is.</param>
internal sealed record ProtectionCase(DateOnly Day, Concern Concern)
{
    /// <summary>How the section 47 enquiry concludes.</summary>
    public S47Outcome Conclusion { get; init; } = S47Outcome.Icpc;

    /// <summary>How long the child protection plan is meant to last, in months.</summary>
    public int PlanMonths { get; init; } = 9;

    /// <summary>How well the case is worked.</summary>
    public Conduct Conduct { get; init; } = Conduct.Good;

    /// <summary>For an injury: the parent's explanation, if one is given.</summary>
    public string? Explanation { get; init; }

    /// <summary>For a pre-birth concern: what midwifery says.</summary>
    public string? ReferralConcern { get; init; }
}
