using Microsoft.EntityFrameworkCore;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Resolution;

/// <summary>
/// Keeps <c>persons.resolved_id</c> true to the links: linking two records merges their
/// clusters under the one known longest (so the id that names a family's person stays put as
/// other agencies' records join it), and undoing a link splits the cluster along the links
/// that remain. Runs inside the caller's transaction.
/// </summary>
internal static class Clusters
{
    /// <summary>
    /// Records a link and merges the two records' clusters; false when they are already one
    /// person. <see cref="IdentityLinkRow.OtherRecordId"/> is the record known before the link.
    /// </summary>
    public static async Task<bool> LinkAsync(SightlineDbContext db, IdentityLinkRow link, CancellationToken ct)
    {
        var rows = await db.Set<PersonRow>().AsNoTracking()
            .Where(p => p.Id == link.RecordId || p.Id == link.OtherRecordId)
            .Select(p => new { p.Id, p.ResolvedId })
            .ToListAsync(ct);
        if (rows.Count != 2)
        {
            throw new InvalidOperationException($"Cannot link '{link.RecordId}' and '{link.OtherRecordId}': both records must be stored.");
        }
        var arriving = rows.Single(r => r.Id == link.RecordId);
        var known = rows.Single(r => r.Id == link.OtherRecordId);
        var left = arriving.ResolvedId ?? arriving.Id;
        var right = known.ResolvedId ?? known.Id;
        if (left == right)
        {
            return false;
        }
        // The cluster known first names the person; on a tie (both first stored the same day) the
        // record already known before this link, so an arriving record never renames a family's person.
        var winner = await OldestAsync(db, [right, left], ct);
        var loser = winner == left ? right : left;
        db.Add(link);
        await db.SaveChangesAsync(ct);
        await db.Set<PersonRow>()
            .Where(p => p.Id == winner || p.Id == loser || p.ResolvedId == loser || p.ResolvedId == winner)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ResolvedId, winner), ct);
        return true;
    }

    /// <summary>
    /// True when joining the two records' clusters would make one person of two different valid
    /// NHS numbers — as when a record without a number matches two people who each have one.
    /// </summary>
    public static async Task<bool> WouldJoinTwoNhsNumbersAsync(SightlineDbContext db, string record, string other, CancellationToken ct)
    {
        var left = await NumbersAsync(db, record, ct);
        var right = await NumbersAsync(db, other, ct);
        return left.Count > 0 && right.Count > 0 && !left.Overlaps(right);
    }

    private static async Task<HashSet<string>> NumbersAsync(SightlineDbContext db, string record, CancellationToken ct)
    {
        var ids = await PersonCluster.IdsAsync(db, record, ct);
        var numbers = await db.Set<PersonRow>().Where(p => ids.Contains(p.Id) && p.NhsNumber != null).Select(p => p.NhsNumber!).ToListAsync(ct);
        return numbers.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Re-forms the cluster named <paramref name="resolvedId"/> from its active links after one
    /// was undone: the part holding the naming record keeps the name, every other part is named
    /// by its own oldest record, and a record left alone is a person of its own again.
    /// </summary>
    public static async Task SplitAsync(SightlineDbContext db, string resolvedId, CancellationToken ct)
    {
        var members = await db.Set<PersonRow>().AsNoTracking()
            .Where(p => p.ResolvedId == resolvedId)
            .Select(p => p.Id)
            .ToListAsync(ct);
        var links = await db.Set<IdentityLinkRow>().AsNoTracking()
            .Where(l => l.UnlinkedAt == null && members.Contains(l.RecordId) && members.Contains(l.OtherRecordId))
            .Select(l => new { l.RecordId, l.OtherRecordId })
            .ToListAsync(ct);
        var parent = members.ToDictionary(m => m, m => m, StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }
            return x;
        }
        foreach (var link in links)
        {
            parent[Find(link.RecordId)] = Find(link.OtherRecordId);
        }
        foreach (var part in members.GroupBy(Find))
        {
            var ids = part.ToList();
            string? name = ids.Count == 1 ? null
                : ids.Contains(resolvedId, StringComparer.Ordinal) ? resolvedId
                : await OldestAsync(db, ids, ct);
            await db.Set<PersonRow>().Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.ResolvedId, name), ct);
        }
    }

    /// <summary>The record of <paramref name="ids"/> stored first (by day; on a tie, the first in <paramref name="ids"/>), which names a merged cluster.</summary>
    private static async Task<string> OldestAsync(SightlineDbContext db, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var rows = await db.Set<PersonRow>().AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.KnownSince })
            .ToListAsync(ct);
        // A stable sort: among records first stored on the same day, the caller's order decides.
        return ids
            .Select(id => rows.Single(r => r.Id == id))
            .OrderBy(r => r.KnownSince ?? DateOnly.MinValue)
            .First().Id;
    }
}
