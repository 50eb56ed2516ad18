using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Persons;

namespace Sightline.Storage.Audit;

/// <summary>
/// The tamper-evident audit log: who read or wrote what, who signed in or was refused, every
/// break-glass access and export. Each entry carries the hash of the one before it, so a changed,
/// deleted or reordered entry breaks the chain and <see cref="VerifyAsync"/> names where. Entries
/// are only ever appended (<see cref="SightlineDbContext"/> refuses to update or delete them).
/// Each call uses its own short-lived context, so one log serves concurrent callers.
/// <para>
/// Appends are committed in groups: the chain is one sequence, so appends cannot run side by
/// side, and a transaction per entry would make every reader wait for every other reader's commit.
/// Instead, whoever appends while no one else is writing writes everything queued so far in one
/// transaction (one lock of the chain head, one commit), and appends that arrive meanwhile wait for
/// the next group. Each caller's task completes only once its own entries are committed, so a
/// reading is still shown only after it is recorded.
/// </para>
/// </summary>
/// <param name="contexts">Creates contexts on the configured database.</param>
/// <param name="clock">Stamps entries; <see cref="TimeProvider.System"/> in production.</param>
public sealed class AuditLog(IDbContextFactory<SightlineDbContext> contexts, TimeProvider clock)
{
    /// <summary>Entries read per query while verifying, so a long log is never held in memory whole.</summary>
    private const int VerifyBatch = 1000;

    /// <summary>The most entries one group commits, so that one transaction stays short.</summary>
    private const int GroupLimit = 1000;

    private readonly ConcurrentQueue<PendingAppend> queued = new();

    /// <summary>1 while a caller is writing a group, else 0.</summary>
    private int writing;

    /// <summary>
    /// Appends an entry after the current last one, stamped with the clock's time. Concurrent
    /// appends are serialised, each chaining from the one committed before it.
    /// </summary>
    /// <param name="record">What happened.</param>
    /// <param name="ct">Cancels the append: nothing is written when it is cancelled before its group is
    /// taken; once taken, the entry is written and only the wait ends.</param>
    /// <returns>The entry as stored, with its sequence and hashes.</returns>
    /// <exception cref="ArgumentException">When the record has no actor or no <see cref="AuditRecord.What"/>.</exception>
    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct = default) =>
        (await AppendAllAsync([record], ct))[0];

    /// <summary>
    /// Appends entries one after another in the given order, in one transaction: all are written
    /// or none. For one action that touches several records (a flag check that shows a sibling's
    /// plan records a reading of both).
    /// </summary>
    /// <param name="records">What happened, in order.</param>
    /// <param name="ct">Cancels the append, as for <see cref="AppendAsync"/>.</param>
    /// <returns>The entries as stored, in the same order.</returns>
    /// <exception cref="ArgumentException">When a record has no actor or no <see cref="AuditRecord.What"/>.</exception>
    public async Task<IReadOnlyList<AuditEntry>> AppendAllAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            AuditChain.Validate(record);
        }
        if (records.Count == 0)
        {
            return [];
        }
        ct.ThrowIfCancellationRequested();
        var append = new PendingAppend(records);
        await using var cancel = ct.Register(() => append.Written.TrySetCanceled(ct));
        queued.Enqueue(append);
        await WriteGroupAsync();
        return await append.Written.Task;
    }

    /// <summary>
    /// Writes the queued appends as one group unless another caller is writing already (whose
    /// group, or the next, takes them). A writer that leaves appends queued behind it starts the
    /// next group on the thread pool, so no caller waits on groups after its own.
    /// </summary>
    private async Task WriteGroupAsync()
    {
        if (Interlocked.CompareExchange(ref writing, 1, 0) != 0)
        {
            return;
        }
        try
        {
            var group = TakeGroup();
            if (group.Count > 0)
            {
                await WriteAsync(group);
            }
        }
        finally
        {
            Volatile.Write(ref writing, 0);
        }
        if (!queued.IsEmpty)
        {
            _ = Task.Run(WriteGroupAsync);
        }
    }

    /// <summary>The queued appends up to <see cref="GroupLimit"/> entries, leaving out those whose callers gave up waiting.</summary>
    private List<PendingAppend> TakeGroup()
    {
        var group = new List<PendingAppend>();
        var entries = 0;
        while (entries < GroupLimit && queued.TryDequeue(out var append))
        {
            if (append.Written.Task.IsCompleted)
            {
                continue;
            }
            group.Add(append);
            entries += append.Records.Count;
        }
        return group;
    }

    /// <summary>Writes a group in one transaction and tells each caller; a failure is every caller's failure.</summary>
    private async Task WriteAsync(List<PendingAppend> group)
    {
        try
        {
            // Not any one caller's token: the group is every caller's.
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            var entries = await AuditChain.AppendAllAsync(db, group.SelectMany(a => a.Records).ToList(), clock.GetUtcNow(), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            var at = 0;
            foreach (var append in group)
            {
                append.Written.TrySetResult(entries.Skip(at).Take(append.Records.Count).ToArray());
                at += append.Records.Count;
            }
        }
        catch (Exception failure)
        {
            foreach (var append in group)
            {
                append.Written.TrySetException(failure);
            }
        }
    }

    /// <summary>
    /// Appends several entries, in order and one after another in the chain, in one transaction:
    /// a delivery naming thousands of persons writes an entry for each without a commit for each.
    /// </summary>
    /// <param name="records">What happened, one entry each.</param>
    /// <param name="ct">Cancels the append; nothing is written then.</param>
    /// <returns>The entries as stored.</returns>
    /// <exception cref="ArgumentException">When a record has no actor or no <see cref="AuditRecord.What"/>.</exception>
    public async Task<IReadOnlyList<AuditEntry>> AppendManyAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            AuditChain.Validate(record);
        }
        if (records.Count == 0)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entries = await AuditChain.AppendManyAsync(db, records, clock.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        return entries;
    }

    /// <summary>
    /// Walks the whole log in sequence order, recomputing each entry's hash and checking that it
    /// links to the one before, then checks that the log ends where the chain head says. Stops at
    /// the first problem: a missing entry (a gap, or entries gone from the end), a changed entry
    /// (its hash no longer matches its content) or an entry out of place (its previous hash does
    /// not match the entry before it, as when entries are swapped). Appends may carry on meanwhile.
    /// </summary>
    /// <param name="ct">Cancels the walk.</param>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var expected = 1L;
        var previousHash = AuditHash.Genesis;
        while (true)
        {
            var after = expected - 1;
            var batch = await db.Set<AuditEntryRow>().AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(VerifyBatch)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                var end = await CheckEndAsync(db, after, previousHash, ct);
                if (end is { } verdict)
                {
                    return verdict;
                }
                // Entries were appended after the walk passed their place: walk on to them.
                continue;
            }
            foreach (var row in batch)
            {
                if (Check(row, expected, previousHash) is { } problem)
                {
                    return new AuditVerification(false, expected - 1, problem.Sequence, problem.Text);
                }
                previousHash = row.Hash;
                expected++;
            }
        }
    }

    /// <summary>Entries naming the person, newest first: the record's access history.</summary>
    /// <param name="person">The person.</param>
    /// <param name="ct">Cancels the query.</param>
    public async Task<IReadOnlyList<AuditEntry>> ForPersonAsync(PersonId person, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<AuditEntryRow>().AsNoTracking()
            .Where(e => e.PersonId == person.Value)
            .OrderByDescending(e => e.Sequence)
            .ToListAsync(ct);
        return rows.Select(AuditRows.ToEntry).ToArray();
    }

    /// <summary>The latest entries, newest first.</summary>
    /// <param name="limit">At most this many; at least 1.</param>
    /// <param name="ct">Cancels the query.</param>
    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<AuditEntryRow>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Take(limit)
            .ToListAsync(ct);
        return rows.Select(AuditRows.ToEntry).ToArray();
    }

    /// <summary>What is wrong with an entry at its place in the walk, or null when it holds.</summary>
    private static (long Sequence, string Text)? Check(AuditEntryRow row, long expected, string previousHash)
    {
        if (row.Sequence > expected)
        {
            var missing = row.Sequence == expected + 1 ? $"entry {expected} is" : $"entries {expected} to {row.Sequence - 1} are";
            var before = expected == 1 ? "the log starts at" : $"entry {expected - 1} is followed by";
            return (expected, $"{missing} missing ({before} entry {row.Sequence})");
        }
        if (row.Sequence < expected)
        {
            // Only a sequence below 1 can come first: the key rules out duplicates.
            return (row.Sequence, "its sequence is out of range (entries are numbered from 1)");
        }
        if (!string.Equals(row.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return (row.Sequence, expected == 1
                ? "the first entry's previous hash is not 64 zeros (entries before it were removed, or it was replaced)"
                : $"its previous hash does not match the hash of entry {expected - 1} (entries were changed, replaced or reordered)");
        }
        if (!string.Equals(AuditHash.Of(row), row.Hash, StringComparison.Ordinal))
        {
            return (row.Sequence, "its content does not match its hash (the entry was changed after it was written)");
        }
        return null;
    }

    /// <summary>
    /// Compares the end of the walk with the chain head. Null when the head is further on and the
    /// entries up to it are now there (they were appended during the walk).
    /// </summary>
    private static async Task<AuditVerification?> CheckEndAsync(SightlineDbContext db, long last, string lastHash, CancellationToken ct)
    {
        var head = await db.Set<AuditHeadRow>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChain.HeadId, ct);
        if (head is null)
        {
            return new AuditVerification(false, last, last + 1, "the chain head is missing, so entries removed from the end of the log could not be detected");
        }
        if (head.LastSequence > last)
        {
            if (await db.Set<AuditEntryRow>().AnyAsync(e => e.Sequence > last, ct))
            {
                return null;
            }
            var missing = head.LastSequence == last + 1 ? $"entry {last + 1} is" : $"entries {last + 1} to {head.LastSequence} are";
            return new AuditVerification(false, last, last + 1, $"{missing} missing from the end of the log (the chain head records {head.LastSequence} entries)");
        }
        if (head.LastSequence < last)
        {
            return new AuditVerification(false, head.LastSequence, head.LastSequence + 1, $"the chain head records only {head.LastSequence} entries, so this one and those after it were added outside the audit log");
        }
        if (!string.Equals(head.LastHash, lastHash, StringComparison.Ordinal))
        {
            return new AuditVerification(false, last - 1, last, "its hash does not match the one the chain head records (the last entry was replaced)");
        }
        return new AuditVerification(true, last, null, null);
    }
}
