using System.Collections.Frozen;
using Sightline.Core.Events;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// The SNOMED CT concepts an <c>Observation.code</c> or <c>Condition.code</c> may carry to record
/// an injury, and the Sightline injury type each becomes. Exact concepts only: Sightline has no
/// terminology server to test subsumption, so a more specific concept (a contusion of the cheek)
/// is sent with the general one beside it.
/// </summary>
internal static class InjuryCodes
{
    private static readonly (string Code, InjuryType Type, string Display)[] Table =
    [
        ("125667009", InjuryType.Bruise, "Contusion"),
        ("125605004", InjuryType.Fracture, "Fracture of bone"),
        ("125666000", InjuryType.Burn, "Burn"),
        ("82271004", InjuryType.HeadInjury, "Injury of head"),
        ("283682007", InjuryType.Bite, "Bite - wound"),
        ("417746004", InjuryType.Other, "Traumatic injury"),
    ];

    private static readonly FrozenDictionary<string, InjuryType> ByCode =
        Table.ToFrozenDictionary(t => t.Code, t => t.Type, StringComparer.Ordinal);

    /// <summary>The injury a concept records, from its first SNOMED CT coding that is listed; null when none is.</summary>
    public static InjuryType? Of(FhirConcept concept) =>
        concept.In(FhirSystems.Snomed)
            .Select(c => c.Code is { } code && ByCode.TryGetValue(code, out var type) ? type : (InjuryType?)null)
            .FirstOrDefault(t => t is not null);

    /// <summary>The concepts, for error messages: <c>125667009 (Contusion), …</c>.</summary>
    public static string Listed { get; } = string.Join(", ", Table.Select(t => $"{t.Code} ({t.Display})"));
}
