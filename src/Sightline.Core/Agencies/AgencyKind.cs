namespace Sightline.Core.Agencies;

/// <summary>The kind of an agency, as FORMAT.md names it. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum AgencyKind
{
    /// <summary><c>childrens-social-care</c></summary>
    ChildrensSocialCare,
    /// <summary><c>early-help</c></summary>
    EarlyHelp,
    /// <summary><c>health-visiting</c></summary>
    HealthVisiting,
    /// <summary><c>midwifery</c></summary>
    Midwifery,
    /// <summary><c>gp</c></summary>
    Gp,
    /// <summary><c>emergency-department</c></summary>
    EmergencyDepartment,
    /// <summary><c>hospital-paediatrics</c></summary>
    HospitalPaediatrics,
    /// <summary><c>radiology</c></summary>
    Radiology,
    /// <summary><c>perinatal-mental-health</c></summary>
    PerinatalMentalHealth,
    /// <summary><c>adult-mental-health</c></summary>
    AdultMentalHealth,
    /// <summary><c>police</c></summary>
    Police,
    /// <summary><c>probation</c></summary>
    Probation,
    /// <summary><c>housing</c></summary>
    Housing,
    /// <summary><c>education</c></summary>
    Education,
    /// <summary><c>substance-misuse</c></summary>
    SubstanceMisuse,
    /// <summary><c>leaving-care</c></summary>
    LeavingCare,
    /// <summary><c>domestic-abuse-service</c></summary>
    DomesticAbuseService,
    /// <summary><c>youth-offending</c></summary>
    YouthOffending,
    /// <summary><c>camhs</c></summary>
    Camhs,
    /// <summary><c>voluntary</c></summary>
    Voluntary,
}
