namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// The kind of an issue, from FHIR R4's <c>IssueType</c> codes (http://hl7.org/fhir/issue-type),
/// those Sightline uses. Written in kebab case (<c>code-invalid</c>, <c>not-found</c>, …).
/// </summary>
public enum FhirIssueType
{
    /// <summary><c>structure</c>: not JSON, or an element of the wrong JSON type or cardinality.</summary>
    Structure,

    /// <summary><c>required</c>: a required element is missing.</summary>
    Required,

    /// <summary><c>value</c>: an element's value is not valid (a date, an NHS number's check digit).</summary>
    Value,

    /// <summary><c>invariant</c>: a rule between elements of the specification does not hold.</summary>
    Invariant,

    /// <summary><c>code-invalid</c>: a code is not in the code system or value set required.</summary>
    CodeInvalid,

    /// <summary><c>extension</c>: a modifier extension that Sightline does not understand.</summary>
    Extension,

    /// <summary><c>not-supported</c>: valid FHIR that this profile does not take (a resource type, an encounter class).</summary>
    NotSupported,

    /// <summary><c>duplicate</c>: two entries with one identity.</summary>
    Duplicate,

    /// <summary><c>not-found</c>: a reference that does not resolve within the bundle.</summary>
    NotFound,

    /// <summary><c>business-rule</c>: a rule of Sightline's profile (a patient must be a child).</summary>
    BusinessRule,

    /// <summary><c>conflict</c>: the delivery contradicts what is stored.</summary>
    Conflict,

    /// <summary><c>login</c>: the caller is not signed in.</summary>
    Login,

    /// <summary><c>forbidden</c>: the caller may not send records.</summary>
    Forbidden,

    /// <summary><c>throttled</c>: too many requests.</summary>
    Throttled,

    /// <summary><c>processing</c>: the server could not store what it read.</summary>
    Processing,

    /// <summary><c>informational</c>: not a problem; what happened to an entry.</summary>
    Informational,
}
