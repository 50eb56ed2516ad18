using System.Threading.Channels;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Intake;
using Sightline.Storage.Protocols;
using Sightline.Web.Presentation;

namespace Sightline.Web.FlagChecks;

/// <summary>
/// Records a flag check that found flags as what it is — the child at an unscheduled-care
/// setting — so the <c>flagged-child-unscheduled-care</c> rule tells the responsible area (and
/// the setting) as it does for an attendance the hospital's own system sends. One <c>attendance</c>
/// event per flagged child, from the checking agency, dated today, with the source id
/// <c>flag-check/{date}/{setting}/{record}</c>: checking the same child again the same day from the
/// same setting stores nothing new and raises nothing again. The intake contract applies: the event
/// is stored with <see cref="SightlineStore.StoreBatchAsync"/> and the family's rules run at once.
/// <para>
/// At once after the answer, not before it: storing the event and running the family's rules
/// takes longer than the check itself, and a clinician at triage must not wait for the area's
/// alert to be written. Checks are queued, and this background service records whatever is
/// queued together — every waiting check's attendances in one stored batch, then the rules of all
/// their families, which <see cref="LiveProtocols"/> writes in one transaction — so that a burst of
/// flagged checks takes the database's writer twice, not twice per check, and the audit appends of
/// other checks are not kept waiting behind it. A batch the store refuses is recorded again check
/// by check, so one check's failure is not another's. A host that stops gracefully records what is
/// queued first, and logs what it could not record before the host's shutdown timeout. What a crash
/// loses is the alert of a check answered in the moment before it — the check itself is already in
/// the audit log, and the hospital's own record of the attendance raises the same alert when it arrives.
/// </para>
/// </summary>
internal sealed partial class FlagCheckAttendances(SightlineStore store, LiveProtocols live, ILogger<FlagCheckAttendances> logger) : BackgroundService
{
    /// <summary>The attendance's reason: the check does not ask why the child came.</summary>
    public const string Reason = "flag check on arrival (reason for attending not given)";

    /// <summary>Checks waiting beyond this many make the next flagged check wait for room, rather than memory grow without bound.</summary>
    private const int Waiting = 10_000;

    /// <summary>The most checks recorded together: a batch of this many stores and runs in well under a second.</summary>
    private const int MostTogether = 500;

    private readonly Channel<(AgencyId Agency, IntakeBatch Batch)> queue =
        Channel.CreateBounded<(AgencyId, IntakeBatch)>(new BoundedChannelOptions(Waiting) { SingleReader = true });

    /// <summary>Queues the attendances of a check's flagged children; returns once queued.</summary>
    public ValueTask RecordAsync(AgencyId agency, FlagCheckResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var batch = Batch(agency, result);
        return batch.Events.Count == 0 ? ValueTask.CompletedTask : queue.Writer.WriteAsync((agency, batch), cancellationToken);
    }

    /// <summary>The batch of attendances a check records: one per flagged child.</summary>
    public static IntakeBatch Batch(AgencyId agency, FlagCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new IntakeBatch
        {
            Events = result.Records
                .Where(r => r.IsFlagged)
                .Select(r => new SourcedEvent(
                    new EventSource(agency, SourceId(result.Today, result.Setting, r.Person.Id)),
                    new Attendance { Date = result.Today, Agency = agency, Subjects = [r.Person.Id], Setting = result.Setting, Reason = Reason }))
                .ToList(),
        };
    }

    /// <summary>The source id of a check's attendance: one per child, setting and day.</summary>
    public static string SourceId(DateOnly day, CareSetting setting, PersonId person) =>
        $"flag-check/{Words.IsoDate(day)}/{Core.Vocabulary.Wire.Name(setting)}/{person.Value}";

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // No more checks are taken; those queued are recorded before the host stops.
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        if (queue.Reader.Count > 0)
        {
            NotRecordedAtStop(queue.Reader.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stoppingToken: a stopping host drains the queue (StopAsync completed the writer).
        var waiting = queue.Reader;
        while (await waiting.WaitToReadAsync(CancellationToken.None))
        {
            var taken = new List<(AgencyId Agency, IntakeBatch Batch)>();
            while (taken.Count < MostTogether && waiting.TryRead(out var check))
            {
                taken.Add(check);
            }
            if (taken.Count == 1)
            {
                await TryRecordAsync(taken[0].Batch, taken[0].Agency);
            }
            else if (!await TryRecordAsync(OneBatch(taken), null))
            {
                foreach (var (agency, batch) in taken)
                {
                    await TryRecordAsync(batch, agency);
                }
            }
        }
    }

    /// <summary>The attendances of several checks as one batch: a check repeated while queued is one event.</summary>
    private static IntakeBatch OneBatch(IEnumerable<(AgencyId Agency, IntakeBatch Batch)> checks) =>
        new() { Events = [.. checks.SelectMany(c => c.Batch.Events).DistinctBy(e => e.Source)] };

    /// <summary>Stores the attendances and runs their families' rules; false, logged when <paramref name="agency"/> is known, if they were not recorded.</summary>
    private async Task<bool> TryRecordAsync(IntakeBatch batch, AgencyId? agency)
    {
        try
        {
            var receipt = await store.StoreBatchAsync(batch, CancellationToken.None);
            if (receipt.EventsStored > 0)
            {
                await live.RunAfterBatchAsync(batch, CancellationToken.None);
            }
            return true;
        }
        catch (Exception e) when (e is BatchRejectedException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            if (agency is { } by)
            {
                NotRecorded(e, by.Value);
            }
            else
            {
                NotRecordedTogether(e, batch.Events.Count);
            }
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Flag check by {Agency}: the attendance was not recorded, so the responsible area was not alerted by it.")]
    private partial void NotRecorded(Exception exception, string agency);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flag checks' {Count} attendances could not be recorded together; recording them check by check.")]
    private partial void NotRecordedTogether(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The host stopped with at least {Count} flagged checks' attendances not recorded, so the responsible areas were not alerted by them.")]
    private partial void NotRecordedAtStop(int count);
}
