using Sightline.Core.Persons;
using Sightline.Core.Protocols;
using Sightline.Core.Resolution;
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
/// flags, queued to be recorded as an attendance so the responsible area is alerted
/// (<see cref="FlagCheckAttendances"/>, just after the answer).
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

    /// <summary>What is read when nothing was found.</summary>
    private static readonly FlagReading Nothing = new([], [], [], [], []);

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
            var (found, reading) = await ReadAsync(query, today.AddDays(-within), cancellationToken);
            result = found.Count == 0
                ? new FlagCheckResult(query.NhsNumber is null ? FlagCheckOutcome.NoConfidentMatch : FlagCheckOutcome.NoRecord, [], query.Setting, now, today, within)
                : Shown(found, reading, query, now, today, within);
        }
        // Written before anything is returned: a check the log could not record is not answered.
        await audit.AppendAllAsync(FlagCheckAudit.Of(requester, query, result), cancellationToken);
        if (result.Outcome == FlagCheckOutcome.Flagged && agency is not null)
        {
            await attendances.RecordAsync(agency.Id, result, cancellationToken);
        }
        return result;
    }

    /// <summary>The records found and what is read about them: by NHS number in one round trip; by demographics, the candidates scored first.</summary>
    private async Task<(IReadOnlyList<(Person Person, FlagCheckMatch Match)> Found, FlagReading Reading)> ReadAsync(
        FlagCheckQuery query, DateOnly endedSince, CancellationToken cancellationToken)
    {
        if (query.NhsNumber is { } number)
        {
            var reading = await flags.ReadByNhsNumberAsync(number, endedSince, AttendancesShown, cancellationToken);
            return ([.. reading.Found.Select(p => (p, FlagCheckMatch.NhsNumber))], reading);
        }
        var wanted = query.Demographics ?? throw new ArgumentException("A flag check needs an NHS number or demographics.", nameof(query));
        // Only candidates in the query's postcode district can match confidently (the matcher says
        // so from its weights); without a postcode, none can, and nothing need be read.
        if (DemographicMatcher.NeedsPostcodeDistrict && wanted.Postcode is null)
        {
            return ([], Nothing);
        }
        var candidates = await store.FindPersonsBornOnAsync(wanted.Born, DemographicMatcher.NeedsPostcodeDistrict ? wanted.Postcode!.District : null, cancellationToken);
        var found = Matcher.Confident(wanted, candidates)
            .Select(m => (m.Person, new FlagCheckMatch("demographics", m.Probability, m.Evidence)))
            .ToList();
        return found.Count == 0 ? (found, Nothing) : (found, await ReadOfAsync([.. found.Select(f => f.Person)], endedSince, cancellationToken));
    }

    /// <summary>What <see cref="FlagRecords.ReadByNhsNumberAsync"/> reads, for records found otherwise.</summary>
    private async Task<FlagReading> ReadOfAsync(IReadOnlyList<Person> found, DateOnly endedSince, CancellationToken cancellationToken)
    {
        var clusters = await store.ResolveRecordsAsync([.. found.Select(p => p.Id)], cancellationToken);
        var records = clusters.SelectMany(c => c.Records).Distinct().ToList();
        // Independent reads on their own contexts: side by side, the check waits for the slower only.
        var flagsRead = flags.FlagsAsync(records, endedSince, cancellationToken);
        var attendancesRead = flags.AttendancesAsync(records, AttendancesShown * clusters.Count, cancellationToken);
        var plans = await flagsRead;
        var seen = await attendancesRead;
        var contacts = await flags.ChildrensSocialCareOfAsync([.. plans.Select(f => f.LocalAuthority).Distinct(StringComparer.Ordinal)], cancellationToken);
        return new FlagReading(found, clusters, plans, seen, contacts);
    }

    /// <summary>
    /// What the clinician is shown of each child found: agencies' records of one child, once
    /// resolution has linked them, are one child, whose flags and attendances are read across all
    /// of them and shown under the person's own id.
    /// </summary>
    private static FlagCheckResult Shown(
        IReadOnlyList<(Person Person, FlagCheckMatch Match)> found, FlagReading reading, FlagCheckQuery query, DateTimeOffset now, DateOnly today, int within)
    {
        var clusters = reading.Clusters;
        var personOf = clusters.SelectMany(c => c.Records.Select(r => (Record: r, c.Person))).ToDictionary(x => x.Record, x => x.Person);
        var children = found
            .GroupBy(f => personOf.GetValueOrDefault(f.Person.Id, f.Person.Id))
            .Select(g => (
                Id: g.Key,
                Person: PersonRecords.Merge(g.Key, [.. g.Select(f => f.Person).OrderBy(p => p.Id == g.Key ? 0 : 1)]),
                Match: g.Select(f => f.Match).MaxBy(m => m.Confidence)!,
                Records: clusters.FirstOrDefault(c => c.Person == g.Key)?.Records ?? [g.Key]))
            .ToList();
        var plans = reading.Flags;
        var seen = reading.Attendances;
        var contacts = reading.Contacts;
        var shown = children
            .Select(child =>
            {
                var own = plans
                    .Where(f => child.Records.Contains(f.Person))
                    .Select(f => f with { Person = child.Id, Holder = child.Records.Contains(f.Holder) ? child.Id : f.Holder })
                    .Distinct()
                    .OrderBy(f => f.IsActive ? 0 : 1)
                    .ThenBy(f => f.IsOwn ? 0 : 1)
                    .ThenByDescending(f => f.Started)
                    .ThenBy(f => f.Holder.Value, StringComparer.Ordinal)
                    .ToList();
                var theirAreas = own.Select(x => x.LocalAuthority).Distinct(StringComparer.Ordinal)
                    .Select(area => new AreaContacts(area, contacts.Where(a => a.LocalAuthority == area).ToList()))
                    .ToList();
                var visits = seen.Where(a => child.Records.Contains(a.Person)).Select(a => a with { Person = child.Id }).Take(AttendancesShown).ToList();
                return new CheckedRecord(child.Person, child.Match, own, theirAreas, visits);
            })
            .ToList();
        var outcome = shown.Exists(r => r.IsFlagged) ? FlagCheckOutcome.Flagged : FlagCheckOutcome.NoFlags;
        return new FlagCheckResult(outcome, shown, query.Setting, now, today, within);
    }
}
