namespace Sightline.Storage.Audit;

/// <summary>
/// An entry of the append-only audit log, stored in <c>audit_entries</c>. Every column is kept as
/// the hash covers it (the action as its wire name, ids as text), so <see cref="AuditLog.VerifyAsync"/>
/// recomputes hashes from exactly what is stored, and a value changed to nonsense is reported as a
/// broken entry rather than failing to load.
/// </summary>
internal sealed class AuditEntryRow
{
    /// <summary>Given by the appender (the previous entry's plus one), not the database, so a gap shows a deletion.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public string? AgencyId { get; set; }

    public string? Role { get; set; }

    public required string Action { get; set; }

    public string? PersonId { get; set; }

    public required string What { get; set; }

    public string? Why { get; set; }

    public string? FromAddress { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
