namespace Sightline.Interop.Fhir.Intake;

/// <summary>The issues found in one delivery, in the order found.</summary>
internal sealed class IssueLog
{
    private readonly List<FhirIssue> issues = [];

    public IReadOnlyList<FhirIssue> Issues => issues;

    public bool IsEmpty => issues.Count == 0;

    /// <summary>How many issues so far: a mapping compares it before and after an entry to know whether the entry has any.</summary>
    public int Count => issues.Count;

    public void Error(FhirIssueType code, string expression, string diagnostics) =>
        issues.Add(new FhirIssue(FhirIssueSeverity.Error, code, expression, diagnostics));

    public void Fatal(FhirIssueType code, string expression, string diagnostics) =>
        issues.Add(new FhirIssue(FhirIssueSeverity.Fatal, code, expression, diagnostics));
}
