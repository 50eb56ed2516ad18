namespace Sightline.Interop.Fhir.Intake;

/// <summary>What one entry of an accepted transaction became, for the transaction-response.</summary>
/// <param name="Index">The entry's 0-based position in the request bundle.</param>
/// <param name="Resource">The sender's key for its resource, <c>{resourceType}/{id}</c>.</param>
/// <param name="Recorded">False when the resource was read and checked but records nothing (a Flag, a cancelled encounter).</param>
/// <param name="Summary">What it was recorded as, or why nothing was.</param>
public sealed record FhirEntryOutcome(int Index, string Resource, bool Recorded, string Summary);
