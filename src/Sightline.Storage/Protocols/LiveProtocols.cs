using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Core.Protocols;
using Sightline.Storage.Queries;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Protocols;

/// <summary>
/// The protocol engine on the real clock. After every stored batch, and whenever the scheduler
/// finds a family whose last closed day is behind the calendar, the family's whole history is
/// folded again through the same engine a replay uses, every day up to yesterday is closed, new
/// alerts are stored (an alert is never raised twice: (rule, key) is unique) and the family's open
/// obligations are replaced. The event log is the truth; alerts and obligations follow from it,
/// so a restart loses nothing.
/// </summary>
public sealed class LiveProtocols(SightlineStore store, IDbContextFactory<SightlineDbContext> contexts, ProtocolEngine engine, TimeProvider clock)
{
    /// <summary>Runs the families of everyone the batch mentions.</summary>
    public Task<ProtocolRunReceipt> RunAfterBatchAsync(IntakeBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var persons = batch.Persons.Select(p => p.Id).Concat(batch.Events.SelectMany(e => e.Event.Subjects));
        return RunForPersonsAsync(persons, cancellationToken);
    }

    /// <summary>Runs the family network of each person once, however many of its members are named.</summary>
    public async Task<ProtocolRunReceipt> RunForPersonsAsync(IEnumerable<PersonId> persons, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var done = new HashSet<PersonId>();
        var receipt = ProtocolRunReceipt.None;
        foreach (var person in persons.Distinct())
        {
            if (done.Contains(person))
            {
                continue;
            }
            var record = await store.LoadFamilyRecordAsync(person, cancellationToken);
            if (record is null)
            {
                continue;
            }
            done.UnionWith(record.Network);
            receipt = receipt.Add(await RunFamilyAsync(record, cancellationToken));
        }
        return receipt;
    }

    /// <summary>
    /// Runs every family whose last closed day is before yesterday, or that has never been run:
    /// what the scheduler calls at start-up and then periodically.
    /// </summary>
    public async Task<ProtocolRunReceipt> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var yesterday = SafeguardingDay.Today(clock).AddDays(-1);
        List<string> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var behind = db.Set<CaseRunRow>().Where(r => r.ClosedThrough < yesterday).Select(r => r.PersonId);
            var neverRun = db.Set<PersonRow>().Where(p => !db.Set<CaseRunRow>().Any(r => r.PersonId == p.Id)).Select(p => p.Id);
            due = await behind.Concat(neverRun).Distinct().ToListAsync(cancellationToken);
        }
        return await RunForPersonsAsync(due.Order(StringComparer.Ordinal).Select(p => new PersonId(p)), cancellationToken);
    }

    private async Task<ProtocolRunReceipt> RunFamilyAsync(FamilyRecord record, CancellationToken cancellationToken)
    {
        var today = SafeguardingDay.Today(clock);
        var yesterday = today.AddDays(-1);
        var history = record.History;
        // The case is known from the day its first person was stored, or its first event if earlier
        // (an agency may send a back-dated history); end-of-day checks run for that day too.
        DateOnly? firstEvent = history.Events.Count > 0 ? history.Events[0].Date : null;
        var knownFrom = (record.KnownSince, firstEvent) switch
        {
            ({ } since, { } first) => since < first ? since : first,
            ({ } since, null) => since,
            (null, { } first) => first,
            _ => today,
        };
        var run = engine.Start(history, knownFrom);
        for (var i = 0; i < history.Events.Count; i++)
        {
            var source = record.Sources[i];
            run.Apply(history.Events[i], $"{source.Agency}#{source.SourceId}");
        }
        run.CloseDaysThrough(yesterday);

        var familyKey = record.FamilyKey;
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var network = record.Network.Select(p => p.Value).ToList();

        var keys = run.Alerts.Select(a => a.Key).Distinct().ToList();
        var stored = (await db.Set<AlertRow>().Where(a => keys.Contains(a.Key)).Select(a => new { a.Rule, a.Key }).ToListAsync(cancellationToken))
            .Select(a => (a.Rule, a.Key)).ToHashSet();
        var fresh = run.Alerts.Where(a => !stored.Contains((a.Rule, a.Key))).ToList();
        db.Set<AlertRow>().AddRange(fresh.Select(a => ToRow(a, now)));

        var previousKeys = await db.Set<CaseRunRow>().Where(r => network.Contains(r.PersonId)).Select(r => r.FamilyKey).Distinct().ToListAsync(cancellationToken);
        previousKeys.Add(familyKey);
        await db.Set<ObligationRow>().Where(o => previousKeys.Contains(o.FamilyKey)).ExecuteDeleteAsync(cancellationToken);
        var open = run.OpenObligations;
        db.Set<ObligationRow>().AddRange(open.Select(o => new ObligationRow
        {
            Rule = o.Rule,
            Key = o.Key,
            FamilyKey = familyKey,
            SubjectIds = JsonSerializer.Serialize(o.Subjects.Select(s => s.Value)),
            OpenedOn = o.OpenedOn,
            DueOn = o.DueOn,
        }));

        await db.Set<CaseRunRow>().Where(r => network.Contains(r.PersonId)).ExecuteDeleteAsync(cancellationToken);
        db.Set<CaseRunRow>().AddRange(network.Select(p => new CaseRunRow { PersonId = p, FamilyKey = familyKey, ClosedThrough = yesterday, RunAt = now }));

        await db.Set<PlanFlagRow>().Where(f => network.Contains(f.ChildId)).ExecuteDeleteAsync(cancellationToken);
        var state = run.State;
        db.Set<PlanFlagRow>().AddRange(state.Children.SelectMany(c => state.ActivePlansOf(c)
            .GroupBy(p => p.Type)
            .Select(g => g.First())
            .Select(p => new PlanFlagRow { ChildId = c.Value, Plan = p.Type, LocalAuthority = p.LocalAuthority, Started = p.Started })));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProtocolRunReceipt(1, fresh.Count, open.Count) { Raised = fresh };
    }

    private static AlertRow ToRow(Alert alert, DateTimeOffset now) => new()
    {
        Rule = alert.Rule,
        Key = alert.Key,
        RaisedOn = alert.RaisedOn,
        Due = alert.Due,
        Message = alert.Message,
        SubjectIds = JsonSerializer.Serialize(alert.Subjects.Select(s => s.Value)),
        NotifyIds = JsonSerializer.Serialize(alert.Notify.Select(a => a.Value)),
        RecordedAt = now,
        Subjects = alert.Subjects.Select(s => new AlertSubjectRow { PersonId = s.Value }).ToList(),
        Recipients = alert.Notify.Select(a => new AlertRecipientRow { AgencyId = a.Value }).ToList(),
    };
}
