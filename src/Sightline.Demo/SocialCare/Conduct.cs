namespace Sightline.Demo.SocialCare;

/// <summary>
/// How well the agencies work a case. Ordinary cases are worked well; a planted review pattern
/// turns off exactly the practice its review found missing, so a failure shows in one place.
/// </summary>
internal sealed record Conduct
{
    /// <summary>Every step taken as the procedures say.</summary>
    public static Conduct Good { get; } = new();

    /// <summary>The GP who knows the family is invited to the strategy discussion.</summary>
    public bool InvitesGpToStrategy { get; init; } = true;

    /// <summary>A written safety plan, shared with everyone at the strategy discussion, as the enquiry starts.</summary>
    public bool WritesSafetyPlan { get; init; } = true;

    /// <summary>The skeletal survey is reported with the images.</summary>
    public bool ReportsSurveyPromptly { get; init; } = true;

    /// <summary>Fathers and men in the household are included in the assessment.</summary>
    public bool AssessesFathers { get; init; } = true;

    /// <summary>A manager approves a step-down from a child protection plan and the rationale is recorded.</summary>
    public bool ApprovesStepDown { get; init; } = true;

    /// <summary>Records are asked of the areas where the family lived before.</summary>
    public bool RequestsRecords { get; init; } = true;
}
