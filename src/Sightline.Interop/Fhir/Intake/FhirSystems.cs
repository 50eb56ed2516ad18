namespace Sightline.Interop.Fhir.Intake;

/// <summary>The code systems and identifier systems Sightline's FHIR intake reads.</summary>
public static class FhirSystems
{
    /// <summary>NHS numbers as Patient and RelatedPerson identifiers.</summary>
    public const string NhsNumber = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>SNOMED CT: injuries and body sites.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>LOINC: the weight-for-age centile.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>UCUM units: <c>%</c> for a centile.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>HL7 v3 ActCode: <c>Encounter.class</c> (EMER, IMP, …).</summary>
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /// <summary>HL7 v3 RoleCode: <c>RelatedPerson.relationship</c> (MTH, FTH, GRMTH, …).</summary>
    public const string RoleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    /// <summary><c>Condition.clinicalStatus</c>.</summary>
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    /// <summary><c>Condition.verificationStatus</c>.</summary>
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
}
