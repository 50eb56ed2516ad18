namespace Sightline.Interop.Checking;

/// <summary>
/// The ids and names a document may refer to: those it declares, gathered as it is checked, and
/// for intake those the store already holds. References are resolved against it, and local
/// authority names matched once every agency is known.
/// </summary>
internal sealed class RecordIndex
{
    /// <summary>Day 0 of a scenario, once <c>start</c> has been read and found valid.</summary>
    public DateOnly? Start { get; set; }

    public HashSet<string> Agencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Persons by id; a duplicated id keeps its last declaration, as the reference validator does.</summary>
    public Dictionary<string, KnownPerson> Persons { get; } = new(StringComparer.Ordinal);

    /// <summary>Every <c>localAuthority</c> an agency carries.</summary>
    public HashSet<string> LocalAuthorities { get; } = new(StringComparer.Ordinal);

    /// <summary>Every other local authority name, with where it was used, checked at the end.</summary>
    public List<(JsonPath Path, string Name)> LocalAuthorityUses { get; } = [];
}
