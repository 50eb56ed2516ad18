using System.Collections.Frozen;
using System.Reflection;

namespace Sightline.Linkage.Text;

/// <summary>
/// Given names that may be the same person's (William ~ Bill ~ Liam), from the embedded
/// <c>Data/nicknames.txt</c>: one group per line; a name may belong to several groups.
/// </summary>
public sealed class NicknameTable
{
    private readonly FrozenDictionary<string, int[]> _groups;
    private readonly string[][] _members;

    /// <summary>Builds a table from lines of space-separated names; '#' starts a comment line.</summary>
    public NicknameTable(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var group = 0;
        var members = new List<string[]>();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            var names = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => TextFolding.Normalize(n)!).ToArray();
            members.Add(names);
            foreach (var key in names)
            {
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }
                list.Add(group);
            }
            group++;
        }
        _members = [.. members];
        _groups = groups.ToFrozenDictionary(p => p.Key, p => p.Value.Order().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The table shipped with Sightline.</summary>
    public static NicknameTable Default { get; } = LoadDefault();

    /// <summary>The groups a normalised name belongs to (sorted), empty when none.</summary>
    public int[] GroupsOf(string? normalizedName) =>
        normalizedName is not null && _groups.TryGetValue(normalizedName, out var g) ? g : [];

    /// <summary>Every name sharing a group with a normalised name (including itself when it has a group).</summary>
    public IEnumerable<string> NamesLike(string? normalizedName) =>
        GroupsOf(normalizedName).SelectMany(g => _members[g]).Distinct(StringComparer.Ordinal);

    /// <summary>True when the two normalised names share a group (a name never aliases itself here; exact equality is a separate level).</summary>
    public bool AreAliases(string? left, string? right) => ShareGroup(GroupsOf(left), GroupsOf(right));

    /// <summary>True when two sorted group lists intersect.</summary>
    public static bool ShareGroup(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                return true;
            }
            if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return false;
    }

    private static NicknameTable LoadDefault()
    {
        // Reading an embedded resource is not I/O in the engine's sense: it is part of the assembly.
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sightline.Linkage.Data.nicknames.txt")
            ?? throw new InvalidOperationException("The embedded nickname table is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return new NicknameTable(lines);
    }
}
