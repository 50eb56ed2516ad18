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
        // Only candidates in the query's postcode district can match confidently (the matcher says
        // so from its weights); without a postcode, none can, and nothing need be read.
        if (DemographicMatcher.NeedsPostcodeDistrict && wanted.Postcode is null)
        {
            return [];
        }
        var candidates = await store.FindPersonsBornOnAsync(wanted.Born, DemographicMatcher.NeedsPostcodeDistrict ? wanted.Postcode!.District : null, cancellationToken);
        return Matcher.Confident(wanted, candidates)
            .Select(m => (m.Person, new FlagCheckMatch("demographics", m.Probability, m.Evidence)))
            .ToList();
    }

    private async Task<FlagCheckResult> ReadAsync(
        IReadOnlyList<(Person Person, FlagCheckMatch Match)> found, FlagCheckQuery query, DateTimeOffset now, DateOnly today, int within, CancellationToken cancellationToken)
    {
        // Agencies' records of one child, once resolution has linked them, are one child: their
        // flags and attendances are read across all of them and shown under the person's own id.
        var clusters = await store.ResolveRecordsAsync(found.Select(f => f.Person.Id).ToList(), cancellationToken);
        var personOf = clusters.SelectMany(c => c.Records.Select(r => (Record: r, c.Person))).ToDictionary(x => x.Record, x => x.Person);
        var children = found
            .GroupBy(f => personOf.GetValueOrDefault(f.Person.Id, f.Person.Id))
            .Select(g => (
                Id: g.Key,
                Person: PersonRecords.Merge(g.Key, [.. g.Select(f => f.Person).OrderBy(p => p.Id == g.Key ? 0 : 1)]),
                Match: g.Select(f => f.Match).MaxBy(m => m.Confidence)!,
                Records: clusters.FirstOrDefault(c => c.Person == g.Key)?.Records ?? [g.Key]))
            .ToList();
        var records = children.SelectMany(c => c.Records).Distinct().ToList();
        // Independent reads on their own contexts: side by side, the check waits for the slower only.
        var flagsRead = flags.FlagsAsync(records, today.AddDays(-within), cancellationToken);
        var attendancesRead = flags.AttendancesAsync(records, AttendancesShown * children.Count, cancellationToken);
        var plans = await flagsRead;
        var seen = await attendancesRead;
        var areas = plans.Select(f => f.LocalAuthority).Distinct(StringComparer.Ordinal).ToList();
        var contacts = await flags.ChildrensSocialCareOfAsync(areas, cancellationToken);
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
