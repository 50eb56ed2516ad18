using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Audit;
using Sightline.Storage.Configuration;
using Sightline.Storage.Tests.Databases;

namespace Sightline.Storage.Tests;

/// <summary>
/// The audit chain, whichever engine is underneath: entries chain by hash, verification walks
/// them, and tampering done directly in the database — a changed, deleted or reordered entry — is
/// found at its position. Runs on SQLite (<see cref="SqliteAuditTests"/>) and PostgreSQL
/// (<see cref="PostgreSqlAuditTests"/>), each on a fresh database.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit calls IAsyncLifetime.DisposeAsync, which disposes the services.")]
public abstract class AuditBehaviour(ITestDatabases databases) : IAsyncLifetime
{
    // Sub-microsecond ticks on purpose: PostgreSQL keeps microseconds, and the hashes must still hold.
    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero).AddTicks(1_234_567);

    private readonly ManualClock clock = new(Start);
    private StorageOptions? database;
    private AuditServices? services;

    private AuditLog Audit => services!.Audit;

    public async Task InitializeAsync()
    {
        database = await databases.CreateAsync();
        services = new AuditServices(database, clock);
        await services.Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
        if (database is not null)
        {
            await databases.DropAsync(database);
        }
    }

    [Fact]
    public async Task Appending_chains_each_entry_to_the_one_before()
    {
        var first = await Audit.AppendAsync(Read("jo", "a-baby"));
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Audit.AppendAsync(Read("sam", "a-mother"));

        Assert.Equal((1L, 2L), (first.Sequence, second.Sequence));
        Assert.Equal(AuditHash.Genesis, first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", first.Hash);
        Assert.Equal(AuditHash.Of(second), second.Hash);
        Assert.Equal(Start.AddTicks(-7), first.At);
        Assert.Equal(first.At.AddMinutes(1), second.At);
    }

    [Fact]
    public async Task An_empty_log_and_an_untouched_log_verify_intact()
    {
        Assert.Equal(new AuditVerification(true, 0, null, null), await Audit.VerifyAsync());

        await AppendAsync(5);

        Assert.Equal(new AuditVerification(true, 5, null, null), await Audit.VerifyAsync());
    }

    [Fact]
    public async Task Entries_read_back_as_they_were_appended()
    {
        var record = new AuditRecord("jo", new AgencyId("hv"), "practitioner", AuditAction.BreakGlass, new PersonId("a-baby"),
            "child page a-baby: chronology", "Seen at A&E out of hours; need the history now.", "203.0.113.9");
        var appended = await Audit.AppendAsync(record);

        var read = Assert.Single(await Audit.RecentAsync(10));

        Assert.Equal(appended, read);
        Assert.Equal(
            (record.Actor, record.Agency, record.Role, record.Action, record.Person, record.What, record.Why, record.From),
            (read.Actor, read.Agency, read.Role, read.Action, read.Person, read.What, read.Why, read.From));
    }

    [Fact]
    public async Task A_changed_entry_is_found_at_its_sequence()
    {
        await AppendAsync(5);

        await services!.TamperAsync($"UPDATE audit_entries SET what = {"nothing to see here"} WHERE sequence = {3L}");
        var verdict = await Audit.VerifyAsync();

        Assert.False(verdict.Intact);
        Assert.Equal(3, verdict.FirstBrokenSequence);
        Assert.Equal(2, verdict.Entries);
        Assert.Contains("does not match its hash", verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_entry_with_its_hash_recomputed_breaks_the_link_of_the_next()
    {
        var entries = await AppendAsync(5);
        var forged = entries[2] with { Actor = "someone-else" };

        await services!.TamperAsync($"UPDATE audit_entries SET actor = {forged.Actor}, hash = {AuditHash.Of(forged)} WHERE sequence = {3L}");
        var verdict = await Audit.VerifyAsync();

        Assert.Equal(4, verdict.FirstBrokenSequence);
        Assert.Contains("does not match the hash of entry 3", verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_entry_is_found_at_its_sequence()
    {
        await AppendAsync(5);

        await services!.TamperAsync($"DELETE FROM audit_entries WHERE sequence = {3L}");
        var verdict = await Audit.VerifyAsync();

        Assert.False(verdict.Intact);
        Assert.Equal(3, verdict.FirstBrokenSequence);
        Assert.Equal("entry 3 is missing (entry 2 is followed by entry 4)", verdict.Problem);
    }

    [Fact]
    public async Task Deleted_entries_at_the_end_of_the_log_are_found()
    {
        await AppendAsync(5);

        await services!.TamperAsync($"DELETE FROM audit_entries WHERE sequence >= {4L}");
        var verdict = await Audit.VerifyAsync();

        Assert.False(verdict.Intact);
        Assert.Equal(4, verdict.FirstBrokenSequence);
        Assert.Equal("entries 4 to 5 are missing from the end of the log (the chain head records 5 entries)", verdict.Problem);
    }

    [Fact]
    public async Task Two_swapped_entries_are_found_at_the_first_of_them()
    {
        await AppendAsync(5);

        // The rows at 2 and 4 exchange everything but their sequence.
        await services!.TamperAsync($"UPDATE audit_entries SET sequence = {-2L} WHERE sequence = {2L}");
        await services.TamperAsync($"UPDATE audit_entries SET sequence = {2L} WHERE sequence = {4L}");
        await services.TamperAsync($"UPDATE audit_entries SET sequence = {4L} WHERE sequence = {-2L}");
        var verdict = await Audit.VerifyAsync();

        Assert.False(verdict.Intact);
        Assert.Equal(2, verdict.FirstBrokenSequence);
        Assert.Contains("previous hash does not match the hash of entry 1", verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_parallel_appends_form_one_unbroken_chain()
    {
        var appends = Enumerable.Range(1, 50)
            .Select(i => Task.Run(() => Audit.AppendAsync(Read($"user-{i}", $"person-{i % 7}"))));

        var entries = await Task.WhenAll(appends);

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), entries.Select(e => e.Sequence).Order());
        Assert.Equal(50, entries.Select(e => e.PreviousHash).Distinct().Count());
        Assert.Equal(new AuditVerification(true, 50, null, null), await Audit.VerifyAsync());
    }

    [Fact]
    public async Task Entries_appended_together_are_consecutive_and_parallel_groups_still_form_one_chain()
    {
        var together = await Audit.AppendAllAsync([Read("jo", "a-baby"), Read("jo", "a-sister")]);
        var groups = Enumerable.Range(1, 40)
            .Select(i => Task.Run(() => Audit.AppendAllAsync([Read($"user-{i}", "a-baby"), Read($"user-{i}", "a-brother"), Read($"user-{i}", "a-sister")])));

        var appended = await Task.WhenAll(groups);

        Assert.Equal([1L, 2L], together.Select(e => e.Sequence));
        Assert.Equal(together[0].Hash, together[1].PreviousHash);
        Assert.All(appended, g => Assert.Equal([g[0].Sequence, g[0].Sequence + 1, g[0].Sequence + 2], g.Select(e => e.Sequence)));
        Assert.Equal(Enumerable.Range(3, 120).Select(i => (long)i), appended.SelectMany(g => g).Select(e => e.Sequence).Order());
        Assert.Equal(new AuditVerification(true, 122, null, null), await Audit.VerifyAsync());
        Assert.Empty(await Audit.AppendAllAsync([]));
    }

    [Fact]
    public async Task An_append_cancelled_before_it_is_written_writes_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Audit.AppendAsync(Read("jo", "a-baby"), cancelled.Token));

        Assert.Empty(await Audit.RecentAsync(1));
    }

    [Fact]
    public async Task A_persons_entries_come_newest_first_and_recent_entries_are_limited()
    {
        await Audit.AppendAsync(Read("jo", "a-baby"));
        await Audit.AppendAsync(Read("sam", "a-mother"));
        await Audit.AppendAsync(Read("kim", "a-baby"));
        await Audit.AppendAsync(new AuditRecord("kim", null, null, AuditAction.SignInFailed, null, "sign-in", null, "198.51.100.4"));

        var forBaby = await Audit.ForPersonAsync(new PersonId("a-baby"));
        var recent = await Audit.RecentAsync(2);

        Assert.Equal(["kim", "jo"], forBaby.Select(e => e.Actor));
        Assert.Equal([4L, 3L], recent.Select(e => e.Sequence));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Audit.RecentAsync(0));
    }

    [Fact]
    public async Task A_record_without_an_actor_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Audit.AppendAsync(Read(" ", "a-baby")));

        Assert.Empty(await Audit.RecentAsync(1));
    }

    private static AuditRecord Read(string actor, string person) =>
        new(actor, new AgencyId("hv"), "practitioner", AuditAction.Read, new PersonId(person), $"child page {person}", null, "127.0.0.1");

    private async Task<IReadOnlyList<AuditEntry>> AppendAsync(int count)
    {
        var entries = new List<AuditEntry>();
        for (var i = 1; i <= count; i++)
        {
            entries.Add(await Audit.AppendAsync(Read($"user-{i}", "a-baby")));
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        return entries;
    }
}
