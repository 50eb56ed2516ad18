namespace Sightline.Interop.Fhir.Intake;

/// <summary>An entry of the transaction whose resource could be read far enough to map.</summary>
/// <param name="Index">Its 0-based position in <c>Bundle.entry</c>.</param>
/// <param name="Resource">The resource, located at <c>Bundle.entry[i].resource</c>.</param>
/// <param name="ResourceType">Its <c>resourceType</c>.</param>
/// <param name="Id">Its <c>id</c>, when it has one.</param>
/// <param name="FullUrl">The entry's <c>fullUrl</c>, when it has one.</param>
/// <param name="LocalId">The sender's id for it: <c>id</c>, else the last part of <c>fullUrl</c>.</param>
internal sealed record BundleEntry(int Index, FhirNode Resource, string ResourceType, string? Id, string? FullUrl, string LocalId)
{
    /// <summary>The sender's key for the resource, <c>{resourceType}/{local id}</c>: the stored events' source id.</summary>
    public string Key => $"{ResourceType}/{LocalId}";
}
