namespace Sightline.Interop.Fhir.Intake;

/// <summary>The <c>note</c> annotations of a resource, as the event's free-text note.</summary>
internal static class Notes
{
    /// <summary>The texts of <c>note</c>, one per line; null when there are none.</summary>
    public static string? Of(FhirNode resource)
    {
        var texts = resource.Objects("note").Select(n => n.String("text", required: true)).OfType<string>().ToList();
        return texts.Count == 0 ? null : string.Join('\n', texts);
    }
}
