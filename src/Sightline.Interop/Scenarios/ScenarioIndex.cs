namespace Sightline.Interop.Scenarios;

/// <summary>
/// The ids and names a file declares, gathered as it is checked, so that references can be
/// resolved and local authority names matched once every agency is known.
/// </summary>
internal sealed class ScenarioIndex
{
    /// <summary>Day 0, once <c>start</c> has been read and found valid.</summary>
    public DateOnly? Start { get; set; }

    public HashSet<string> Agencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Persons by id; a duplicated id keeps its last declaration, as the reference validator does.</summary>
    public Dictionary<string, KnownPerson> Persons { get; } = new(StringComparer.Ordinal);

    /// <summary>Every <c>localAuthority</c> an agency carries.</summary>
    public HashSet<string> LocalAuthorities { get; } = new(StringComparer.Ordinal);

    /// <summary>Every other local authority name, with where it was used, checked at the end.</summary>
    public List<(string Path, string Name)> LocalAuthorityUses { get; } = [];
}
