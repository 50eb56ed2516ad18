namespace Sightline.Interop.Fhir.Intake;

/// <summary>A FHIR <c>Coding</c>: the elements of it that Sightline reads.</summary>
/// <param name="System">The code system's URI, when given.</param>
/// <param name="Code">The code, when given.</param>
/// <param name="Display">The code's display text, when given.</param>
/// <param name="Path">Where it is, for issues.</param>
internal sealed record FhirCoding(string? System, string? Code, string? Display, string Path)
{
    /// <summary>True when the coding is <paramref name="code"/> in <paramref name="system"/>.</summary>
    public bool Is(string system, string code) =>
        string.Equals(System, system, StringComparison.Ordinal) && string.Equals(Code, code, StringComparison.Ordinal);

    /// <summary>How a person reads it: the display, else <c>system|code</c>.</summary>
    public string Words => Display ?? $"{System}|{Code}";
}
