using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Audit;
using Sightline.Web.Access;
using Sightline.Web.FlagChecks;

namespace Sightline.Web.Children;

/// <summary>A record's access history, from the audit log: who opened it, refused or granted included, and who checked its flags from where, newest first.</summary>
internal sealed class AccessHistoryReader(AuditLog audit, SightlineStore store)
{
    /// <summary>The most lines a page shows.</summary>
    public const int Limit = 200;

    public async Task<IReadOnlyList<AccessLine>> ReadAsync(PersonId person, CancellationToken cancellationToken)
    {
        var entries = await audit.ForPersonAsync(person, cancellationToken);
        var agencies = (await store.ListAgenciesAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        return entries
            .Where(e => How(e) is not null)
            .OrderByDescending(e => e.Sequence)
            .Take(Limit)
            .Select(e => new AccessLine(
                e.At,
                e.Actor,
                e.Agency is { } agency ? agencies.GetValueOrDefault(agency, agency.Value) : "none",
                e.Role ?? "none",
                How(e)!))
            .ToList();
    }

    private static string? How(AuditEntry entry) => entry.Action switch
    {
        AuditAction.Read when entry.Why == AccessDecision.FlagCheckWhy => FlagCheckAudit.Describe(entry) ?? entry.Why,
        AuditAction.Read => $"opened ({entry.Why})",
        AuditAction.BreakGlass => $"break-glass granted: {entry.Why}",
        AuditAction.Export => $"exported ({entry.Why})",
        AuditAction.Refused => $"refused ({entry.Why})",
        _ => null,
    };
}
