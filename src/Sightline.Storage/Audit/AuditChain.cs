using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sightline.Storage.Audit;

/// <summary>
/// Appends to the audit chain inside a caller's transaction, so that an entry can be written in
/// the same transaction as what it records (a break-glass grant and its alert).
/// </summary>
internal static class AuditChain
{
    /// <summary>The id of the one row of <c>audit_chain_head</c>.</summary>
    public const int HeadId = 1;

    // "id = 1" is HeadId.
    private const string LockHeadSql = "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1";

    private const string InsertSql =
        "INSERT INTO audit_entries (sequence, at, actor, agency_id, role, action, person_id, what, why, from_address, previous_hash, hash) "
        + "VALUES (@p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12)";

    private const string MoveHeadSql = "UPDATE audit_chain_head SET last_sequence = @p1, last_hash = @p2 WHERE id = 1";

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
    /// the caller's transaction (see <see cref="AppendAsync"/>): one lock of the head and one
    /// insert for each. Written as SQL over the context's connection rather than through the
    /// change tracker: every flag check appends, thousands of times a second, and EF's save cost
    /// more of the site's CPU than the check's reads. The columns and forms are those of
    /// <see cref="AuditConfiguration"/> (on SQLite the instant as UTC ticks).
    /// </summary>
    public static async Task<IReadOnlyList<AuditEntry>> AppendAllAsync(SightlineDbContext db, IReadOnlyList<AuditRecord> records, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("An audit entry is appended inside a transaction, which holds the chain head until it commits.");
        var postgreSql = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        var stamp = StoredTime.Truncate(at);
        var entries = new AuditEntry[records.Count];
        try
        {
            long lastSequence;
            string lastHash;
            // On PostgreSQL the head row is locked FOR UPDATE; on SQLite the transaction already holds the write lock.
            await using (var head = await CommandAsync(connection, transaction, postgreSql ? LockHeadSql + " FOR UPDATE" : LockHeadSql, 0, postgreSql, cancellationToken))
            await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    throw new InvalidOperationException("The audit chain head (audit_chain_head) is missing, so nothing can be appended; run 'sightline audit verify'.");
                }
                lastSequence = reader.GetInt64(0);
                lastHash = reader.GetString(1);
            }
            await using (var insert = await CommandAsync(connection, transaction, InsertSql, 12, false, cancellationToken))
            {
                for (var i = 0; i < records.Count; i++)
                {
                    var row = AuditRows.Seal(lastSequence + 1, stamp, records[i], lastHash);
                    Set(insert, row.Sequence, postgreSql ? row.At : row.At.UtcTicks, row.Actor, row.AgencyId, row.Role, row.Action,
                        row.PersonId, row.What, row.Why, row.FromAddress, row.PreviousHash, row.Hash);
                    if (postgreSql && i == 0)
                    {
                        await insert.PrepareAsync(cancellationToken);
                    }
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    lastSequence = row.Sequence;
                    lastHash = row.Hash;
                    entries[i] = AuditRows.ToEntry(row);
                }
            }
            await using var move = await CommandAsync(connection, transaction, MoveHeadSql, 2, false, cancellationToken);
            Set(move, lastSequence, lastHash);
            await move.ExecuteNonQueryAsync(cancellationToken);
            // What the caller added to the context is saved with the entries, as one save always did
            // (a break-glass grant's alert): they commit together or not at all.
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbException failed)
        {
            throw new DbUpdateException($"The audit entries could not be appended: {failed.Message}", failed);
        }
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

    /// <summary>
    /// A command in the transaction with parameters <c>@p1</c>…, prepared when asked (PostgreSQL
    /// keeps a prepared statement on the pooled connection, so it is planned once per connection;
    /// a command with parameters is prepared once they hold values, from which their types are taken).
    /// </summary>
    private static async Task<DbCommand> CommandAsync(DbConnection connection, DbTransaction transaction, string sql, int parameters, bool prepare, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        if (prepare)
        {
            await command.PrepareAsync(cancellationToken);
        }
        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
