using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Persons;

namespace Sightline.Interop.Fhir.Flags;

/// <summary>
/// The one search <c>GET /fhir/Flag</c> supports: <c>patient.identifier=https://fhir.nhs.uk/Id/nhs-number|NNNNNNNNNN</c>
/// (a chained token search on the subject's identifier). Parsing is pure; the problem, if any,
/// is worded for an <c>OperationOutcome</c>.
/// </summary>
public static class FlagSearch
{
    /// <summary>The search parameter.</summary>
    public const string Parameter = "patient.identifier";

    /// <summary>The NHS number identifier system.</summary>
    public const string NhsNumberSystem = Intake.FhirSystems.NhsNumber;

    /// <summary>
    /// Reads the parameter's values: exactly one, of the form <c>system|value</c> with the NHS
    /// number system and a valid NHS number (spaces allowed).
    /// </summary>
    /// <param name="values">Every value the request gave for <see cref="Parameter"/>.</param>
    /// <param name="nhsNumber">The NHS number, when the search is good.</param>
    /// <param name="problem">What is wrong, when it is not.</param>
    public static bool TryRead(IReadOnlyList<string?> values, [NotNullWhen(true)] out NhsNumber? nhsNumber, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(values);
        nhsNumber = null;
        if (values.Count != 1 || string.IsNullOrWhiteSpace(values[0]))
        {
            problem = values.Count > 1
                ? $"{Parameter} is given {values.Count} times; give it once"
                : $"{Parameter} is required: {Parameter}={NhsNumberSystem}|NNNNNNNNNN";
            return false;
        }
        var value = values[0]!;
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            problem = $"{Parameter} must name the identifier system: {NhsNumberSystem}|NNNNNNNNNN";
            return false;
        }
        var system = value[..bar];
        if (!string.Equals(system, NhsNumberSystem, StringComparison.Ordinal))
        {
            problem = $"{Parameter}: the identifier system '{system}' is not supported; only {NhsNumberSystem}";
            return false;
        }
        if (!NhsNumber.TryParse(value[(bar + 1)..], out nhsNumber))
        {
            problem = $"{Parameter}: '{value[(bar + 1)..]}' is not a valid NHS number (ten digits whose last passes the Modulus 11 check)";
            return false;
        }
        problem = null;
        return true;
    }
}
