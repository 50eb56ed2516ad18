namespace Sightline.Core.Persons;

/// <summary>A fact known about a person before the case began. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum HistoryFactKind
{
    /// <summary><c>care-leaver</c></summary>
    CareLeaver,
    /// <summary><c>looked-after-as-child</c></summary>
    LookedAfterAsChild,
    /// <summary><c>previous-child-removed</c></summary>
    PreviousChildRemoved,
    /// <summary><c>adverse-childhood-experiences</c></summary>
    AdverseChildhoodExperiences,
    /// <summary><c>mental-health</c></summary>
    MentalHealth,
    /// <summary><c>substance-misuse</c></summary>
    SubstanceMisuse,
    /// <summary><c>domestic-abuse-perpetrator</c></summary>
    DomesticAbusePerpetrator,
    /// <summary><c>domestic-abuse-victim</c></summary>
    DomesticAbuseVictim,
    /// <summary><c>violent-offending</c></summary>
    ViolentOffending,
    /// <summary><c>neurodiversity</c></summary>
    Neurodiversity,
    /// <summary><c>learning-disability</c></summary>
    LearningDisability,
    /// <summary><c>probation-supervision</c></summary>
    ProbationSupervision,
    /// <summary><c>gambling</c></summary>
    Gambling,
    /// <summary><c>chronic-illness</c></summary>
    ChronicIllness,
    /// <summary><c>looked-after</c></summary>
    LookedAfter,
    /// <summary><c>child-sexual-exploitation</c></summary>
    ChildSexualExploitation,
}
