using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Cases;
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
    /// <summary>Persons whose families are loaded and run together, in one transaction.</summary>
    private const int PersonsPerGroup = 2000;

    /// <summary>Ids per query.</summary>
    private const int Slice = 2000;

    /// <summary>Runs the families of everyone the batch mentions.</summary>
    public Task<ProtocolRunReceipt> RunAfterBatchAsync(IntakeBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var persons = batch.Persons.Select(p => p.Id).Concat(batch.Events.SelectMany(e => e.Event.Subjects));
        return RunForPersonsAsync(persons, cancellationToken);
    }

    /// <summary>
    /// Runs the family network of each person once, however many of its members are named. The
    /// families are loaded, run and written a group at a time: a few queries and one transaction
    /// for a group, not for each family.
    /// </summary>
    public async Task<ProtocolRunReceipt> RunForPersonsAsync(IEnumerable<PersonId> persons, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var done = new HashSet<PersonId>();
        var receipt = ProtocolRunReceipt.None;
        foreach (var group in persons.Distinct().Chunk(PersonsPerGroup))
        {
            var pending = group.Where(p => !done.Contains(p)).ToList();
            if (pending.Count == 0)
            {
                continue;
            }
            var records = await store.LoadFamilyRecordsAsync(pending, cancellationToken);
            foreach (var record in records)
            {
                done.UnionWith(record.Network);
            }
            receipt = receipt.Add(await RunFamiliesAsync(records, cancellationToken));
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

    private async Task<ProtocolRunReceipt> RunFamiliesAsync(IReadOnlyList<FamilyRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return ProtocolRunReceipt.None;
        }
        var today = SafeguardingDay.Today(clock);
        var yesterday = today.AddDays(-1);
        var runs = records.Select(record => (Record: record, Run: Run(record, today, yesterday))).ToList();

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Plain inserts and set-based deletes: nothing read here is changed, so nothing is tracked.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var network = runs.SelectMany(r => r.Record.Network).Select(p => p.Value).ToList();

        var keys = runs.SelectMany(r => r.Run.Alerts).Select(a => a.Key).Distinct().ToList();
        var stored = new HashSet<(string Rule, string Key)>();
        foreach (var slice in keys.Chunk(Slice))
        {
            stored.UnionWith((await db.Set<AlertRow>().Where(a => slice.Contains(a.Key)).Select(a => new { a.Rule, a.Key }).ToListAsync(cancellationToken))
                .Select(a => (a.Rule, a.Key)));
        }
        // A family's alert is raised once, even if (rule, key) came up in two families of the group.
        var fresh = runs
            .SelectMany(r => r.Run.Alerts.Select(a => new RaisedAlert(a, [.. a.Subjects.SelectMany(r.Record.RecordsOf).Distinct()])))
            .Where(a => stored.Add((a.Alert.Rule, a.Alert.Key)))
            .ToList();
        db.Set<AlertRow>().AddRange(fresh.Select(a => ToRow(a.Alert, now)));

        var previousKeys = new HashSet<string>(runs.Select(r => r.Record.FamilyKey), StringComparer.Ordinal);
        foreach (var slice in network.Chunk(Slice))
        {
            previousKeys.UnionWith(await db.Set<CaseRunRow>().Where(r => slice.Contains(r.PersonId)).Select(r => r.FamilyKey).Distinct().ToListAsync(cancellationToken));
        }
        foreach (var slice in previousKeys.Chunk(Slice))
        {
            await db.Set<ObligationRow>().Where(o => slice.Contains(o.FamilyKey)).ExecuteDeleteAsync(cancellationToken);
        }
        var open = 0;
        foreach (var (record, run) in runs)
        {
            var obligations = run.OpenObligations;
            open += obligations.Count;
            db.Set<ObligationRow>().AddRange(obligations.Select(o => new ObligationRow
            {
                Rule = o.Rule,
                Key = o.Key,
                FamilyKey = record.FamilyKey,
                SubjectIds = JsonSerializer.Serialize(o.Subjects.Select(s => s.Value)),
                OpenedOn = o.OpenedOn,
                DueOn = o.DueOn,
            }));
            db.Set<CaseRunRow>().AddRange(record.Network.Select(p => new CaseRunRow { PersonId = p.Value, FamilyKey = record.FamilyKey, ClosedThrough = yesterday, RunAt = now }));
            var state = run.State;
            db.Set<PlanFlagRow>().AddRange(PlanFlags(state));
            db.Set<HouseholdPlanRow>().AddRange(HouseholdPlans(state));
        }
        foreach (var slice in network.Chunk(Slice))
        {
            await db.Set<CaseRunRow>().Where(r => slice.Contains(r.PersonId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<PlanFlagRow>().Where(f => slice.Contains(f.ChildId)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<HouseholdPlanRow>().Where(h => slice.Contains(h.PersonId)).ExecuteDeleteAsync(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProtocolRunReceipt(runs.Count, fresh.Count, open) { Raised = fresh };
    }

    /// <summary>The family's whole history folded through the engine, every day up to yesterday closed.</summary>
    private CaseRun Run(FamilyRecord record, DateOnly today, DateOnly yesterday)
    {
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
        return run;
    }

    /// <summary>
    /// Every plan of every child, active or ended; two plans of one type started on one day (an
    /// ended plan restarted the same day) are one flag, the active one if either is.
    /// </summary>
    private static IEnumerable<PlanFlagRow> PlanFlags(CaseState state) =>
        state.Children.SelectMany(c => state.PlansOf(c)
            .GroupBy(p => (p.Type, p.Started))
            .Select(g => g.FirstOrDefault(p => p.IsActive) ?? g.Last())
            .Select(p => new PlanFlagRow
            {
                ChildId = c.Value,
                Plan = p.Type,
                Category = p.Category,
                LocalAuthority = p.LocalAuthority,
                Started = p.Started,
                Ended = p.Ended,
            }));

    /// <summary>
    /// For everyone in the family, the others in their household now who have or had a flagging
    /// plan: a flag check of a sibling, or of a pregnant mother, reads them without a walk.
    /// </summary>
    private static IEnumerable<HouseholdPlanRow> HouseholdPlans(CaseState state)
    {
        var flagged = state.Children.Where(c => state.PlansOf(c).Any(p => FlaggingPlans.Flags(p.Type))).ToList();
        return flagged
            .SelectMany(holder => state.HouseholdOf(holder).Where(p => p != holder).Select(person => (Person: person, Holder: holder)))
            .Distinct()
            .Select(h => new HouseholdPlanRow { PersonId = h.Person.Value, MemberId = h.Holder.Value });
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
