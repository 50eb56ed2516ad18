using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Core.Protocols;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Protocols;

/// <summary>What the live protocols have raised and what they wait for, as the pages read it.</summary>
public sealed class SightlineAlerts(IDbContextFactory<SightlineDbContext> contexts)
{
    /// <summary>Alerts naming the person (any of their linked records), newest first.</summary>
    public async Task<IReadOnlyList<StoredAlert>> ForPersonAsync(PersonId person, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Alerts raised before records were linked name the record that was then the person.
        var records = await Resolution.PersonCluster.IdsAsync(db, person.Value, cancellationToken);
        var rows = await db.Set<AlertRow>().AsNoTracking()
            .Where(a => a.Subjects.Any(s => records.Contains(s.PersonId)))
            .OrderByDescending(a => a.RaisedOn).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(ToStored).ToArray();
    }

    /// <summary>Alerts that notify the agency, newest first; at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<StoredAlert>> ForAgencyAsync(AgencyId agency, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AlertRow>().AsNoTracking()
            .Where(a => a.Recipients.Any(r => r.AgencyId == agency.Value))
            .OrderByDescending(a => a.RaisedOn).ThenByDescending(a => a.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return rows.Select(ToStored).ToArray();
    }

    /// <summary>Obligations open for the person at their family's last run, soonest first.</summary>
    public async Task<IReadOnlyList<StoredObligation>> ObligationsForPersonAsync(PersonId person, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var family = await db.Set<CaseRunRow>().Where(r => r.PersonId == person.Value).Select(r => r.FamilyKey).FirstOrDefaultAsync(cancellationToken);
        if (family is null)
        {
            return [];
        }
        var records = (await Resolution.PersonCluster.IdsAsync(db, person.Value, cancellationToken)).Select(r => new PersonId(r)).ToHashSet();
        var rows = await db.Set<ObligationRow>().AsNoTracking().Where(o => o.FamilyKey == family).OrderBy(o => o.DueOn).ToListAsync(cancellationToken);
        return rows
            .Select(o => new StoredObligation(o.Rule, Ids(o.SubjectIds).Select(s => new PersonId(s)).ToArray(), o.OpenedOn, o.DueOn))
            .Where(o => o.Subjects.Any(records.Contains))
            .ToArray();
    }

    /// <summary>Every child's flags: active plans and alert counts.</summary>
    public async Task<IReadOnlyDictionary<PersonId, CaseSummary>> SummariesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var flags = await db.Set<PlanFlagRow>().AsNoTracking().ToListAsync(cancellationToken);
        var counts = await db.Set<AlertSubjectRow>().AsNoTracking()
            .Join(db.Set<AlertRow>(), s => s.AlertId, a => a.Id, (s, a) => new { s.PersonId, a.RaisedOn })
            .GroupBy(x => x.PersonId)
            .Select(g => new { PersonId = g.Key, Count = g.Count(), Latest = g.Max(x => x.RaisedOn) })
            .ToListAsync(cancellationToken);
        var plans = flags.GroupBy(f => f.ChildId).ToDictionary(g => g.Key, g => g.Select(f => new PlanFlag(f.Plan, f.LocalAuthority, f.Started)).ToArray());
        var ids = plans.Keys.Concat(counts.Select(c => c.PersonId)).Distinct();
        var byPerson = counts.ToDictionary(c => c.PersonId);
        return ids.ToDictionary(
            id => new PersonId(id),
            id => new CaseSummary(
                new PersonId(id),
                plans.GetValueOrDefault(id) ?? [],
                byPerson.TryGetValue(id, out var c) ? c.Count : 0,
                byPerson.TryGetValue(id, out var l) ? l.Latest : null));
    }

    /// <summary>How many alerts are stored.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<AlertRow>().CountAsync(cancellationToken);
    }

    private static StoredAlert ToStored(AlertRow row) => new(
        row.Id,
        new Alert
        {
            Rule = row.Rule,
            Key = row.Key,
            RaisedOn = row.RaisedOn,
            Due = row.Due,
            Message = row.Message,
            Subjects = Ids(row.SubjectIds).Select(s => new PersonId(s)).ToArray(),
            Notify = Ids(row.NotifyIds).Select(a => new AgencyId(a)).ToArray(),
        },
        row.RecordedAt);

    private static string[] Ids(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
