namespace Sightline.Interop.Fhir.Intake;

/// <summary>Where an injury is, from <c>bodySite</c>: required, because an injury is recorded with its site.</summary>
internal static class BodySite
{
    /// <summary>
    /// The site in words, several joined with commas; null (with an issue) when there is none.
    /// <paramref name="repeats"/>: Condition.bodySite repeats (0..*), Observation.bodySite does not (0..1).
    /// </summary>
    public static string? Of(FhirNode resource, IssueLog log, bool repeats)
    {
        IReadOnlyList<FhirConcept> sites = repeats
            ? resource.Concepts("bodySite")
            : resource.Concept("bodySite") is { } one ? [one] : [];
        if (sites.Count == 0)
        {
            if (!resource.Has("bodySite"))
            {
                log.Error(FhirIssueType.Required, $"{resource.Path}.bodySite", "is required for an injury: where on the body it was seen");
            }
            return null;
        }
        return string.Join(", ", sites.Select(s => s.Words));
    }
}
