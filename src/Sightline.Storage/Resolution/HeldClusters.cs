using Microsoft.EntityFrameworkCore;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Resolution;

/// <summary>
/// The clusters of the records one round of resolution touches, read once and then kept in
/// memory as links are made, by the rules of <see cref="Clusters"/>: a link merges the two
/// clusters under the one known longest, and no link may join two different NHS numbers. What
/// changed is written back once, by <see cref="WriteAsync"/>, inside the caller's transaction.
/// </summary>
internal sealed class HeldClusters
{
    // Bounds the IN lists so that a large round stays within every database's parameter limits.
    private const int Chunk = 300;

    private readonly Dictionary<string, Member> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _renamed = new(StringComparer.Ordinal);

    private HeldClusters()
    {
    }

    /// <summary>
    /// Holds the clusters of <paramref name="rows"/> with every record of them, including records
    /// that are not among <paramref name="rows"/>.
    /// </summary>
    public static async Task<HeldClusters> ReadAsync(SightlineDbContext db, IEnumerable<PersonRow> rows, CancellationToken ct)
    {
        var held = new HeldClusters();
        foreach (var row in rows)
        {
            held.Hold(row.Id, row.ResolvedId, row.KnownSince, row.NhsNumber);
        }
        var names = held._records.Values.Where(m => m.ResolvedId != null).Select(m => m.ResolvedId!).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in names.Chunk(Chunk))
        {
            var others = await db.Set<PersonRow>().AsNoTracking()
                .Where(p => p.ResolvedId != null && chunk.Contains(p.ResolvedId))
                .Select(p => new { p.Id, p.ResolvedId, p.KnownSince, p.NhsNumber })
                .ToListAsync(ct);
            foreach (var other in others)
            {
                held.Hold(other.Id, other.ResolvedId, other.KnownSince, other.NhsNumber);
            }
        }
        return held;
    }

    /// <summary>The name of the record's cluster: its resolved id, or its own id while it stands alone.</summary>
    public string NameOf(string record) => _records[record].Name;

    /// <summary>
    /// True when joining the two records' clusters would make one person of two different valid
    /// NHS numbers (as <see cref="Clusters.WouldJoinTwoNhsNumbersAsync"/>).
    /// </summary>
    public bool WouldJoinTwoNhsNumbers(string record, string other)
    {
        var left = NumbersOf(record);
        var right = NumbersOf(other);
        return left.Count > 0 && right.Count > 0 && !left.Overlaps(right);
    }

    /// <summary>
    /// Merges the clusters of the arriving record and the known one (as <see cref="Clusters.LinkAsync"/>);
    /// false when they are one person already.
    /// </summary>
    public bool Link(string arriving, string known)
    {
        var left = NameOf(arriving);
        var right = NameOf(known);
        if (left == right)
        {
            return false;
        }
        // The cluster known first names the person; on a tie the one known before this link.
        var winner = (_records[left].KnownSince ?? DateOnly.MinValue) < (_records[right].KnownSince ?? DateOnly.MinValue) ? left : right;
        var loser = winner == left ? right : left;
        var joined = MembersOf(winner).Concat(MembersOf(loser)).ToList();
        foreach (var id in joined)
        {
            var member = _records[id];
            if (member.ResolvedId != winner)
            {
                _records[id] = member with { ResolvedId = winner };
                _renamed.Add(id);
            }
        }
        _members.Remove(loser);
        _members[winner] = joined;
        return true;
    }

    /// <summary>Stores the resolved id of every record whose cluster changed.</summary>
    public async Task WriteAsync(SightlineDbContext db, CancellationToken ct)
    {
        foreach (var cluster in _renamed.GroupBy(id => _records[id].ResolvedId!, StringComparer.Ordinal))
        {
            var name = cluster.Key;
            foreach (var chunk in cluster.Chunk(Chunk))
            {
                await db.Set<PersonRow>().Where(p => chunk.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.ResolvedId, name), ct);
            }
        }
        _renamed.Clear();
    }

    private void Hold(string id, string? resolvedId, DateOnly? knownSince, string? nhsNumber)
    {
        if (_records.ContainsKey(id))
        {
            return;
        }
        var member = new Member(resolvedId, knownSince, nhsNumber, id);
        _records[id] = member;
        if (resolvedId != null)
        {
            if (!_members.TryGetValue(resolvedId, out var list))
            {
                _members[resolvedId] = list = [];
            }
            list.Add(id);
        }
    }

    private List<string> MembersOf(string name) => _members.TryGetValue(name, out var list) ? list : [name];

    private HashSet<string> NumbersOf(string record)
    {
        var member = _records[record];
        IEnumerable<string> ids = member.ResolvedId is null ? [record] : MembersOf(member.ResolvedId);
        return ids.Select(id => _records[id].NhsNumber).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private sealed record Member(string? ResolvedId, DateOnly? KnownSince, string? NhsNumber, string Id)
    {
        public string Name => ResolvedId ?? Id;
    }
}
