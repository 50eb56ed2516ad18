using System.Globalization;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Storage.Audit;
using Sightline.Web.Access;
using Sightline.Web.Presentation;

namespace Sightline.Web.FlagChecks;

/// <summary>
/// What a flag check writes to the audit log, and how the access history reads it back. Every
/// check is recorded, whatever it found: a <c>read</c> of each record found (why <c>flag check</c>,
/// what naming the setting, the query and what was shown), a <c>read</c> of each household member
/// whose plan was shown, a <c>search</c> when nothing was found, a <c>refused</c> when the
/// requester may not check. The setting leads the entry's <c>what</c> (<c>flag check at urgent care: …</c>),
/// so the responsible area sees where the child was.
/// </summary>
internal static class FlagCheckAudit
{
    private const string Lead = "flag check at ";

    /// <summary>The entries for a check, in the order they are appended.</summary>
    public static IReadOnlyList<AuditRecord> Of(Requester requester, FlagCheckQuery query, FlagCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(result);
        var at = At(result.Setting);
        var searched = query.Describe();
        AuditRecord Entry(AuditAction action, PersonId? person, string what, string? why) =>
            new(requester.Actor, requester.Agency, requester.Role, action, person, what, why, requester.From);
        switch (result.Outcome)
        {
            case FlagCheckOutcome.Refused:
                return [Entry(AuditAction.Refused, null, $"{at}: {searched}", result.Refusal)];
            case FlagCheckOutcome.NoRecord:
                return [Entry(AuditAction.Search, null, $"{at}: {searched}: no record, so no flags", AccessDecision.FlagCheckWhy)];
            case FlagCheckOutcome.NoConfidentMatch:
                return [Entry(AuditAction.Search, null, $"{at}: {searched}: no confident match, so nothing shown", AccessDecision.FlagCheckWhy)];
            default:
                var entries = new List<AuditRecord>();
                foreach (var record in result.Records)
                {
                    var found = record.Match.By == FlagCheckMatch.NhsNumber.By
                        ? "found by NHS number"
                        : string.Create(CultureInfo.InvariantCulture, $"matched by demographics ({record.Match.Confidence:0.####})");
                    var flags = record.IsFlagged ? $"{Words.Count(record.Flags.Count, "flag")} shown" : "no flags";
                    entries.Add(Entry(AuditAction.Read, record.Person.Id,
                        $"{at}: {searched}, {found}: {flags}; plans of the person and household, responsible areas and contacts, "
                        + $"last {FlagCheck.AttendancesShown} unscheduled-care attendances", AccessDecision.FlagCheckWhy));
                }
                var shownRecords = result.Records.Select(r => r.Person.Id).ToHashSet();
                foreach (var (holder, of) in result.Records
                    .SelectMany(r => r.Flags.Where(f => !f.IsOwn).Select(f => (f.Holder, Of: r.Person.Id)))
                    .Where(h => !shownRecords.Contains(h.Holder))
                    .DistinctBy(h => h.Holder))
                {
                    entries.Add(Entry(AuditAction.Read, holder, $"{at}: plan shown as a household member's, checking {of}", AccessDecision.FlagCheckWhy));
                }
                return entries;
        }
    }

    /// <summary>"flag check at urgent care": the check and its setting, as an access history shows it; null for any other entry.</summary>
    public static string? Describe(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!entry.What.StartsWith(Lead, StringComparison.Ordinal))
        {
            return null;
        }
        var colon = entry.What.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? entry.What : entry.What[..colon];
    }

    /// <summary>"flag check at emergency department".</summary>
    public static string At(CareSetting setting) => Lead + Words.Of(setting);
}
