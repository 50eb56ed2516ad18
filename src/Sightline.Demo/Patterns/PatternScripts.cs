using Sightline.Core.Events;
using Sightline.Demo.SocialCare;

namespace Sightline.Demo.Patterns;

/// <summary>The planted patterns, one script each, in the order of <see cref="ReviewPattern"/>.</summary>
internal static class PatternScripts
{
    public static IReadOnlyList<PatternScript> All { get; } =
    [
        new BruiseExplainedScript(),
        new FatherOnProbationScript(),
        new PlanChildMovedScript(),
        new InjuryToBabyScript(ReviewPattern.StrategyDiscussionWithoutGp, Conduct.Good with { InvitesGpToStrategy = false },
            S47Outcome.ChildInNeed, "Father thought she may have caught her arm in the cot bars."),
        new InjuryToBabyScript(ReviewPattern.SkeletalSurveyNotReported, Conduct.Good with { ReportsSurveyPromptly = false },
            S47Outcome.Icpc, null),
        new InjuryToBabyScript(ReviewPattern.NoWrittenSafetyPlan, Conduct.Good with { WritesSafetyPlan = false },
            S47Outcome.ChildInNeed, "Mother said the toddler climbed into the Moses basket."),
        new NotBroughtScript(),
        new NotRegisteredScript(),
        new PreviousChildRemovedScript(),
        new FatherNeverAssessedScript(),
        new LookedAfterMotherScript(),
        new StepDownScript(),
    ];
}
