namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// How bad an issue is, as FHIR R4's <c>OperationOutcome.issue.severity</c> codes it. Written in
/// lower case (<c>fatal</c>, <c>error</c>, …).
/// </summary>
public enum FhirIssueSeverity
{
    /// <summary><c>fatal</c>: the body could not be read as a FHIR Bundle at all.</summary>
    Fatal,

    /// <summary><c>error</c>: the Bundle was read but cannot be accepted.</summary>
    Error,

    /// <summary><c>warning</c>: accepted, with something the sender should know.</summary>
    Warning,

    /// <summary><c>information</c>: what happened to an entry.</summary>
    Information,
}
