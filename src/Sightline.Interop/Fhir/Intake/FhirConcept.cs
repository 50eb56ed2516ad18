namespace Sightline.Interop.Fhir.Intake;

/// <summary>A FHIR <c>CodeableConcept</c>: its codings and its text.</summary>
/// <param name="Codings">The codings, in order.</param>
/// <param name="Text">The text as the user saw or typed it, when given.</param>
/// <param name="Path">Where it is, for issues.</param>
internal sealed record FhirConcept(IReadOnlyList<FhirCoding> Codings, string? Text, string Path)
{
    /// <summary>The codings in <paramref name="system"/>.</summary>
    public IEnumerable<FhirCoding> In(string system) =>
        Codings.Where(c => string.Equals(c.System, system, StringComparison.Ordinal));

    /// <summary>How a person reads it: the text, else the first coding's display, else its code.</summary>
    public string Words => Text ?? Codings.Select(c => c.Display).FirstOrDefault(d => d is not null) ?? Codings[0].Words;
}
