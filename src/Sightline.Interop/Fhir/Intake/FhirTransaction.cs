using Sightline.Core.Intake;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// A FHIR transaction read by <see cref="FhirTransactionReader"/>: the batch to store, or every
/// issue that stops it being stored.
/// </summary>
/// <param name="Batch">The batch, when the bundle has no issue; null otherwise.</param>
/// <param name="Issues">Every issue found, in bundle order; empty when accepted.</param>
/// <param name="Entries">What each entry became, in bundle order; empty when not accepted.</param>
public sealed record FhirTransaction(IntakeBatch? Batch, IReadOnlyList<FhirIssue> Issues, IReadOnlyList<FhirEntryOutcome> Entries)
{
    /// <summary>True when the bundle can be stored.</summary>
    public bool IsAccepted => Batch is not null;

    /// <summary>
    /// True when the body was a FHIR Bundle at all (issues, if any, are about its content: HTTP 422);
    /// false when it was not JSON or not a Bundle (HTTP 400).
    /// </summary>
    public bool IsBundle => Issues.All(i => i.Severity != FhirIssueSeverity.Fatal);
}
