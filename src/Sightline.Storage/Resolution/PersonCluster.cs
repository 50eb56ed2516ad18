using Microsoft.EntityFrameworkCore;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Resolution;

/// <summary>The ids of every record resolved as one person with a given record, for queries keyed by person.</summary>
internal static class PersonCluster
{
    public static async Task<List<string>> IdsAsync(SightlineDbContext db, string person, CancellationToken ct)
    {
        var resolved = await db.Set<PersonRow>().Where(p => p.Id == person).Select(p => p.ResolvedId).FirstOrDefaultAsync(ct);
        if (resolved is null)
        {
            return [person];
        }
        return await db.Set<PersonRow>().Where(p => p.ResolvedId == resolved).Select(p => p.Id).ToListAsync(ct);
    }
}
