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
    public Task<IReadOnlyDictionary<PersonId, CaseSummary>> SummariesAsync(CancellationToken cancellationToken = default) =>
        SummariesAsync(null, cancellationToken);

    /// <summary>
    /// Every child's flags as <paramref name="openFor"/> sees them: active plans, and the alerts
    /// still open for that agency (those it has not acknowledged).
    /// </summary>
    public Task<IReadOnlyDictionary<PersonId, CaseSummary>> OpenSummariesAsync(AgencyId openFor, CancellationToken cancellationToken = default) =>
        SummariesAsync(openFor.Value, cancellationToken);

    private async Task<IReadOnlyDictionary<PersonId, CaseSummary>> SummariesAsync(string? openFor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var flags = await db.Set<PlanFlagRow>().AsNoTracking().Where(f => f.Ended == null).ToListAsync(cancellationToken);
        var alerts = db.Set<AlertRow>().AsQueryable();
        if (openFor is not null)
        {
            var acknowledged = db.Set<AlertActionRow>().Where(x => x.AgencyId == openFor && x.Kind == AlertActionKind.Acknowledged);
            alerts = alerts.Where(a => !acknowledged.Any(x => x.AlertId == a.Id));
        }
        var counts = await db.Set<AlertSubjectRow>().AsNoTracking()
            .Join(alerts, s => s.AlertId, a => a.Id, (s, a) => new { s.PersonId, a.RaisedOn })
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

    /// <summary>
    /// Records an agency's response to an alert. Only an agency the alert notifies may respond;
    /// acknowledging twice keeps the first acknowledgement.
    /// </summary>
    /// <param name="alertId">The alert.</param>
    /// <param name="agency">The responding agency.</param>
    /// <param name="user">Who responds.</param>
    /// <param name="kind">Acknowledged, or an action taken.</param>
    /// <param name="note">What was done (required for an action taken).</param>
    /// <param name="at">When, from the caller's clock.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The response stored (or the earlier acknowledgement); null when no such alert notifies the agency.</returns>
    /// <exception cref="ArgumentException">When an action taken has no note, or the user is blank.</exception>
    public async Task<AlertAction?> RecordActionAsync(long alertId, AgencyId agency, string user, AlertActionKind kind, string? note, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (kind == AlertActionKind.ActionTaken && note is null)
        {
            throw new ArgumentException("An action taken needs a note saying what was done.", nameof(note));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notified = await db.Set<AlertRecipientRow>().AnyAsync(r => r.AlertId == alertId && r.AgencyId == agency.Value, cancellationToken);
        if (!notified)
        {
            return null;
        }
        if (kind == AlertActionKind.Acknowledged)
        {
            var earlier = await db.Set<AlertActionRow>().AsNoTracking()
                .Where(x => x.AlertId == alertId && x.AgencyId == agency.Value && x.Kind == AlertActionKind.Acknowledged)
                .OrderBy(x => x.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (earlier is not null)
            {
                return ToAction(earlier);
            }
        }
        var row = new AlertActionRow { AlertId = alertId, AgencyId = agency.Value, UserName = user, Kind = kind, Note = note, At = at };
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return ToAction(row);
    }

    /// <summary>The responses to these alerts, by alert, oldest first.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<AlertAction>>> ActionsAsync(IEnumerable<long> alertIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        var ids = alertIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<long, IReadOnlyList<AlertAction>>();
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<AlertActionRow>().AsNoTracking().Where(x => ids.Contains(x.AlertId)).OrderBy(x => x.Id).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.AlertId).ToDictionary(g => g.Key, g => (IReadOnlyList<AlertAction>)g.Select(ToAction).ToArray());
    }

    /// <summary>One alert by id, or null.</summary>
    public async Task<StoredAlert?> FindAsync(long alertId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<AlertRow>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == alertId, cancellationToken);
        return row is null ? null : ToStored(row);
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

    private static AlertAction ToAction(AlertActionRow row) =>
        new(row.Id, row.AlertId, new AgencyId(row.AgencyId), row.UserName, row.Kind, row.Note, row.At);

    private static string[] Ids(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
