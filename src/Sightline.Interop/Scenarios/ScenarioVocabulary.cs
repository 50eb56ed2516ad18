namespace Sightline.Interop.Scenarios;

/// <summary>
/// The parts of <c>sightline-scenario/1</c> that have no domain enum: the format's own name and
/// the rule ids that <c>expected</c> and <c>forbidden</c> may name. Every other closed
/// vocabulary is a Core enum, read through <see cref="Sightline.Core.Vocabulary.Wire"/>.
/// </summary>
internal static class ScenarioVocabulary
{
    public const string FormatId = "sightline-scenario/1";

    /// <summary>The rule ids of FORMAT.md's "Rules" table, in its order.</summary>
    public static IReadOnlyList<string> Rules { get; } =
    [
        "bruising-non-mobile", "flagged-child-unscheduled-care", "plan-child-moved-area",
        "transfer-in-conference-overdue", "temporary-housing-out-of-area", "household-adult-risk",
        "unassessed-adult", "think-family", "was-not-brought", "not-registered-with-gp",
        "faltering-growth", "strategy-agency-missing", "no-written-safety-plan",
        "discharge-before-strategy", "imaging-unreported", "step-down-without-oversight",
        "prebirth-assessment-needed", "out-of-area-history", "information-unacknowledged",
        "icpc-overdue", "review-conference-overdue", "escalation-overdue", "repeat-referrals",
        "child-not-seen", "injury-on-plan", "repeat-injury", "health-visiting-transfer-overdue",
    ];
}
