using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage.Audit;

/// <summary>
/// Appends to the audit chain inside a caller's transaction, so that an entry can be written in
/// the same transaction as what it records (a break-glass grant and its alert).
/// </summary>
internal static class AuditChain
{
    /// <summary>The id of the one row of <c>audit_chain_head</c>.</summary>
    public const int HeadId = 1;

    /// <summary>
    /// Appends an entry after the current last one. The caller must have begun a transaction:
    /// the chain head is locked until it commits, so concurrent appends queue instead of both
    /// chaining from the same entry. On PostgreSQL the head row is read <c>FOR UPDATE</c>; on
    /// SQLite the transaction already holds the write lock (EF begins it IMMEDIATE).
    /// </summary>
    public static async Task<AuditEntry> AppendAsync(SightlineDbContext db, AuditRecord record, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await AppendAllAsync(db, [record], at, cancellationToken))[0];

    /// <summary>
    /// Appends entries in order after the current last one, all stamped <paramref name="at"/>, in
    /// the caller's transaction (see <see cref="AppendAsync"/>): one lock of the head and one save
    /// for all of them.
    /// </summary>
    public static async Task<IReadOnlyList<AuditEntry>> AppendAllAsync(SightlineDbContext db, IReadOnlyList<AuditRecord> records, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An audit entry is appended inside a transaction, which holds the chain head until it commits.");
        }
        var head = await LockHeadAsync(db, cancellationToken);
        var stamp = StoredTime.Truncate(at);
        var entries = new AuditEntry[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var row = AuditRows.Seal(head.LastSequence + 1, stamp, records[i], head.LastHash);
            db.Add(row);
            head.LastSequence = row.Sequence;
            head.LastHash = row.Hash;
            entries[i] = AuditRows.ToEntry(row);
        }
        await db.SaveChangesAsync(cancellationToken);
        return entries;
    }

    /// <summary>
    /// Appends entries after the current last one, in order, holding the chain head once: what
    /// <see cref="AppendAsync"/> does for each, in one save. The caller must have begun a transaction.
    /// </summary>
    public static async Task<IReadOnlyList<AuditEntry>> AppendManyAsync(SightlineDbContext db, IReadOnlyList<AuditRecord> records, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An audit entry is appended inside a transaction, which holds the chain head until it commits.");
        }
        var head = await LockHeadAsync(db, cancellationToken);
        var stamp = StoredTime.Truncate(at);
        var entries = new List<AuditEntry>(records.Count);
        foreach (var record in records)
        {
            var row = AuditRows.Seal(head.LastSequence + 1, stamp, record, head.LastHash);
            db.Add(row);
            head.LastSequence = row.Sequence;
            head.LastHash = row.Hash;
            entries.Add(AuditRows.ToEntry(row));
        }
        await db.SaveChangesAsync(cancellationToken);
        return entries;
    }

    /// <summary>Checks a record before anything is written.</summary>
    public static void Validate(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Actor, nameof(record));
        ArgumentNullException.ThrowIfNull(record.What, nameof(record));
        if (!Enum.IsDefined(record.Action))
        {
            throw new ArgumentException($"{record.Action} is not an audit action.", nameof(record));
        }
    }

    private static async Task<AuditHeadRow> LockHeadAsync(SightlineDbContext db, CancellationToken cancellationToken)
    {
        var heads = db.Database.IsNpgsql()
            ? await db.Set<AuditHeadRow>()
                .FromSql($"SELECT id, last_sequence, last_hash FROM audit_chain_head WHERE id = {HeadId} FOR UPDATE")
                .ToListAsync(cancellationToken)
            : await db.Set<AuditHeadRow>().Where(h => h.Id == HeadId).ToListAsync(cancellationToken);
        return heads.SingleOrDefault()
            ?? throw new InvalidOperationException("The audit chain head (audit_chain_head) is missing, so nothing can be appended; run 'sightline audit verify'.");
    }
}
