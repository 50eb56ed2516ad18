using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// One thing wrong with a delivery (or, as information, what happened to one entry), located by a
/// FHIRPath-like expression such as <c>Bundle.entry[2].resource.subject</c>: what an
/// <c>OperationOutcome.issue</c> carries.
/// </summary>
/// <param name="Severity">How bad it is.</param>
/// <param name="Code">The kind of issue.</param>
/// <param name="Expression">Where: <c>Bundle</c>, or a path into it with 0-based indexes; null for an issue with the request as a whole.</param>
/// <param name="Diagnostics">What is wrong, naming the allowed values where there is a closed list.</param>
public sealed record FhirIssue(FhirIssueSeverity Severity, FhirIssueType Code, string? Expression, string Diagnostics)
{
    /// <summary>The issue as one line: <c>Bundle.entry[2].resource.subject: is required [required]</c>.</summary>
    public override string ToString() => Expression is null ? $"{Diagnostics} [{Wire.Name(Code)}]" : $"{Expression}: {Diagnostics} [{Wire.Name(Code)}]";
}
