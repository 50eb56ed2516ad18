using Sightline.Core.Persons;
using Sightline.Core.Protocols;
using Sightline.Linkage.Demographics;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Storage.Flags;
using Sightline.Storage.Protocols;
using Sightline.Web.Access;

namespace Sightline.Web.FlagChecks;

/// <summary>
/// The flag check, as the API, the FHIR search and a page run it: may this requester check (an
/// unscheduled-care setting, <see cref="PersonAccess.DecideFlagCheckAsync"/>)? Which records are
/// the child (the NHS number through the store's person look-up, or the persons born that day
/// scored by <see cref="DemographicMatcher"/>, confident matches only)? What flags do they and
/// their households have, who holds them and whom to call, and where has the child been seen in
/// unscheduled care? Then the check is audited — before anything is returned — and, when it found
/// flags, recorded as an attendance so the responsible area is alerted.
/// <para>
/// Only index look-ups: the plans come from what the live protocols keep per child and household
/// (<see cref="FlagRecords"/>), so a child with no flags costs a handful of reads and one audit append,
/// and no family network is walked.
/// </para>
/// </summary>
internal sealed class FlagCheck(
    PersonAccess access,
    SightlineStore store,
    FlagRecords flags,
    AuditLog audit,
    FlagCheckAttendances attendances,
    ProtocolEngine engine,
    TimeProvider clock)
{
    /// <summary>How many of the child's latest unscheduled-care attendances the clinician sees.</summary>
    public const int AttendancesShown = 25;

    private static readonly DemographicMatcher Matcher = new();

    /// <summary>Runs a check for the requester and audits it; refused checks come back as <see cref="FlagCheckOutcome.Refused"/>.</summary>
    public async Task<FlagCheckResult> CheckAsync(Requester requester, FlagCheckQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetUtcNow();
        var today = SafeguardingDay.Today(clock);
        var within = engine.Settings.FlaggedPlanEndedWithinDays;
        var (decision, agency) = await access.DecideFlagCheckAsync(requester, cancellationToken);
        FlagCheckResult result;
        if (!decision.IsAllowed)
        {
            result = new FlagCheckResult(FlagCheckOutcome.Refused, [], query.Setting, now, today, within, decision.Refusal);
        }
        else
        {
            var found = await FindAsync(query, cancellationToken);
            result = found.Count == 0
                ? new FlagCheckResult(query.NhsNumber is null ? FlagCheckOutcome.NoConfidentMatch : FlagCheckOutcome.NoRecord, [], query.Setting, now, today, within)
                : await ReadAsync(found, query, now, today, within, cancellationToken);
        }
        // Written before anything is returned: a check the log could not record is not answered.
        await audit.AppendAllAsync(FlagCheckAudit.Of(requester, query, result), cancellationToken);
        if (result.Outcome == FlagCheckOutcome.Flagged && agency is not null)
        {
            await attendances.RecordAsync(agency.Id, result, cancellationToken);
        }
        return result;
    }

    private async Task<IReadOnlyList<(Person Person, FlagCheckMatch Match)>> FindAsync(FlagCheckQuery query, CancellationToken cancellationToken)
    {
        if (query.NhsNumber is { } number)
        {
            var persons = await store.FindPersonsByNhsNumberAsync(number, cancellationToken);
            return persons.Select(p => (p, FlagCheckMatch.NhsNumber)).ToList();
        }
        var wanted = query.Demographics ?? throw new ArgumentException("A flag check needs an NHS number or demographics.", nameof(query));
        var candidates = await store.FindPersonsBornOnAsync(wanted.Born, cancellationToken);
        return Matcher.Score(wanted, candidates)
            .Where(m => m.IsConfident)
            .Select(m => (m.Person, new FlagCheckMatch("demographics", m.Probability, m.Evidence)))
            .ToList();
    }

    private async Task<FlagCheckResult> ReadAsync(
        IReadOnlyList<(Person Person, FlagCheckMatch Match)> found, FlagCheckQuery query, DateTimeOffset now, DateOnly today, int within, CancellationToken cancellationToken)
    {
        var ids = found.Select(f => f.Person.Id).ToList();
        // Independent reads on their own contexts: side by side, the check waits for the slower only.
        var flagsRead = flags.FlagsAsync(ids, today.AddDays(-within), cancellationToken);
        var attendancesRead = flags.AttendancesAsync(ids, AttendancesShown * ids.Count, cancellationToken);
        var plans = await flagsRead;
        var seen = await attendancesRead;
        var areas = plans.Select(f => f.LocalAuthority).Distinct(StringComparer.Ordinal).ToList();
        var contacts = await flags.ChildrensSocialCareOfAsync(areas, cancellationToken);
        var records = found
            .Select(f =>
            {
                var own = plans.Where(x => x.Person == f.Person.Id).ToList();
                var theirAreas = own.Select(x => x.LocalAuthority).Distinct(StringComparer.Ordinal)
                    .Select(area => new AreaContacts(area, contacts.Where(a => a.LocalAuthority == area).ToList()))
                    .ToList();
                var visits = seen.Where(a => a.Person == f.Person.Id).Take(AttendancesShown).ToList();
                return new CheckedRecord(f.Person, f.Match, own, theirAreas, visits);
            })
            .ToList();
        var outcome = records.Exists(r => r.IsFlagged) ? FlagCheckOutcome.Flagged : FlagCheckOutcome.NoFlags;
        return new FlagCheckResult(outcome, records, query.Setting, now, today, within);
    }
}
