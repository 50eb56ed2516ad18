using System.Collections.Frozen;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// The HL7 v3 RoleCode relationships Sightline records for the person related to a child, and
/// what each becomes. A step-parent is the partner of a parent who is not a parent (role
/// <c>partner</c>); foster parents and guardians care for the child (role <c>other-adult</c>,
/// relationship <c>carer</c>); siblings are children. Codes of other systems (such as HL7 v2
/// contact roles, "next of kin") may stand beside these and are not read.
/// </summary>
internal static class RoleCodes
{
    private static readonly RelatedRole Mother = new(PersonRole.Mother, RelationshipType.Parent);
    private static readonly RelatedRole Father = new(PersonRole.Father, RelationshipType.Parent);
    private static readonly RelatedRole Parent = new(null, RelationshipType.Parent);
    private static readonly RelatedRole StepParent = new(PersonRole.Partner, RelationshipType.StepParent);
    private static readonly RelatedRole Grandparent = new(PersonRole.Grandparent, RelationshipType.Grandparent);
    private static readonly RelatedRole Carer = new(PersonRole.OtherAdult, RelationshipType.Carer);
    private static readonly RelatedRole Sibling = new(PersonRole.Child, RelationshipType.Sibling);

    private static readonly (string Code, RelatedRole Role)[] Table =
    [
        ("MTH", Mother), ("NMTH", Mother), ("ADOPTM", Mother),
        ("FTH", Father), ("NFTH", Father), ("ADOPTF", Father),
        ("PRN", Parent), ("NPRN", Parent), ("ADOPTP", Parent),
        ("STPMTH", StepParent), ("STPFTH", StepParent), ("STPPRN", StepParent),
        ("GRMTH", Grandparent), ("GRFTH", Grandparent), ("GRPRN", Grandparent),
        ("MGRMTH", Grandparent), ("MGRFTH", Grandparent), ("MGRPRN", Grandparent),
        ("PGRMTH", Grandparent), ("PGRFTH", Grandparent), ("PGRPRN", Grandparent),
        ("MTHFOST", Carer), ("FTHFOST", Carer), ("PRNFOST", Carer), ("GUARD", Carer),
        ("SIB", Sibling), ("BRO", Sibling), ("SIS", Sibling), ("HSIB", Sibling), ("HBRO", Sibling), ("HSIS", Sibling),
        ("NSIB", Sibling), ("NBRO", Sibling), ("NSIS", Sibling), ("TWIN", Sibling), ("TWINBRO", Sibling), ("TWINSIS", Sibling),
    ];

    private static readonly FrozenDictionary<string, RelatedRole> ByCode =
        Table.ToFrozenDictionary(t => t.Code, t => t.Role, StringComparer.Ordinal);

    /// <summary>The role of the first v3 RoleCode coding that is listed, across the concepts in order; null when none is.</summary>
    public static RelatedRole? Of(IEnumerable<FhirConcept> concepts) =>
        concepts.SelectMany(c => c.In(FhirSystems.RoleCode))
            .Select(c => c.Code is { } code && ByCode.TryGetValue(code, out var role) ? role : null)
            .FirstOrDefault(r => r is not null);

    /// <summary>The codes, for error messages.</summary>
    public static string Listed { get; } = string.Join(", ", Table.Select(t => t.Code));
}
