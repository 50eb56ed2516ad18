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
/// event per flagged record, from the checking agency, dated today, with the source id
/// <c>flag-check/{date}/{setting}/{record}</c>: checking the same child again the same day from the
/// same setting stores nothing new and raises nothing again. The intake contract applies: the event
/// is stored with <see cref="SightlineStore.StoreBatchAsync"/> and the rules run at once.
/// </summary>
internal sealed partial class FlagCheckAttendances(SightlineStore store, LiveProtocols live, ILogger<FlagCheckAttendances> logger)
{
    /// <summary>The attendance's reason: the check does not ask why the child came.</summary>
    public const string Reason = "flag check on arrival (reason for attending not given)";

    /// <summary>
    /// Stores the attendances of the flagged records and runs their families' rules. A failure is
    /// logged, not thrown: the clinician's answer is already audited and must not be lost to it.
    /// </summary>
    public async Task RecordAsync(AgencyId agency, FlagCheckResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var batch = Batch(agency, result);
        if (batch.Events.Count == 0)
        {
            return;
        }
        try
        {
            var receipt = await store.StoreBatchAsync(batch, cancellationToken);
            if (receipt.EventsStored > 0)
            {
                await live.RunAfterBatchAsync(batch, cancellationToken);
            }
        }
        catch (Exception e) when (e is BatchRejectedException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            NotRecorded(e, agency.Value);
        }
    }

    /// <summary>The batch of attendances a check records: one per flagged record.</summary>
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

    /// <summary>The source id of a check's attendance: one per record, setting and day.</summary>
    public static string SourceId(DateOnly day, CareSetting setting, PersonId person) =>
        $"flag-check/{Words.IsoDate(day)}/{Core.Vocabulary.Wire.Name(setting)}/{person.Value}";

    [LoggerMessage(Level = LogLevel.Error, Message = "Flag check by {Agency}: the attendance was not recorded, so the responsible area was not alerted by it.")]
    private partial void NotRecorded(Exception exception, string agency);
}
