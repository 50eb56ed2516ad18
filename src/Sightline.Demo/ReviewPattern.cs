namespace Sightline.Demo;

/// <summary>
/// A pattern from the public safeguarding practice reviews in <c>shared/seeds</c>, planted in a
/// family so that the system has real-looking failures to find among ordinary families.
/// </summary>
public enum ReviewPattern
{
    /// <summary>A bruise on a non-mobile baby, the parent's explanation accepted, no referral (RS; Baby R).</summary>
    BruiseOnNonMobileBabyExplained,

    /// <summary>A father on probation and not engaging, unknown to health visiting (RS).</summary>
    FatherOnProbationUnknownToHealthVisiting,

    /// <summary>A family with a child on a child protection plan moved by housing to temporary housing in another area (Baby R).</summary>
    PlanChildMovedToTemporaryHousingOutOfArea,

    /// <summary>A strategy discussion that did not invite the GP who knew the baby (Lily and Bobby; Baby C).</summary>
    StrategyDiscussionWithoutGp,

    /// <summary>A skeletal survey not reported for over two weeks (Lily and Bobby).</summary>
    SkeletalSurveyNotReported,

    /// <summary>Children home during a section 47 enquiry with no written safety plan (Lily and Bobby).</summary>
    NoWrittenSafetyPlan,

    /// <summary>A baby repeatedly not brought to appointments (RS).</summary>
    RepeatedlyNotBrought,

    /// <summary>A baby and a sibling never registered with a GP (RS).</summary>
    NotRegisteredWithGp,

    /// <summary>A pregnant mother whose earlier children were removed in another area moves in; no records are asked for (Baby C).</summary>
    PreviousChildRemovedElsewhere,

    /// <summary>A father who is never included in any assessment of a child on a plan (Baby C; Family T).</summary>
    FatherNeverAssessed,

    /// <summary>A looked-after mother's personal adviser tells children's social care about the pregnancy and is never answered (Family T).</summary>
    LookedAfterMotherShareUnanswered,

    /// <summary>A child protection plan stepped down to child in need without manager approval or a rationale (Baby C).</summary>
    StepDownWithoutOversight,
}
