using Microsoft.EntityFrameworkCore;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Flags;

/// <summary>
/// Children on active plans, as the live protocols last kept them in <c>plan_flags</c>. The demo
/// names one so that whoever opens the flag check has a number that answers "flagged".
/// </summary>
/// <param name="contexts">Creates contexts on the configured database.</param>
public sealed class ChildrenOnPlans(IDbContextFactory<SightlineDbContext> contexts)
{
    /// <summary>
    /// The first child (by record id, so the same one each run) with a valid NHS number on an
    /// active plan of <paramref name="plan"/>, or null when there is none.
    /// </summary>
    /// <param name="plan">The plan wanted.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<ChildOnPlan?> FirstAsync(PlanType plan, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await db.Set<PlanFlagRow>().AsNoTracking()
            .Where(f => f.Plan == plan && f.Ended == null)
            .Join(db.Set<PersonRow>().AsNoTracking().Where(p => p.NhsNumber != null), f => f.ChildId, p => p.Id,
                (f, p) => new { p.Id, p.Name, p.NhsNumber, f.LocalAuthority })
            .OrderBy(c => c.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
        // A stored number was checked on the way in; parsing again keeps a damaged row from being offered.
        return candidates
            .Select(c => NhsNumber.TryParse(c.NhsNumber, out var number)
                ? new ChildOnPlan(new PersonId(c.Id), c.Name, number.Value, plan, c.LocalAuthority)
                : null)
            .FirstOrDefault(c => c is not null);
    }
}
