using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Audit;

namespace Sightline.Cli.Tests;

/// <summary><c>audit verify</c> and <c>audit show</c> on a SQLite database holding an audit log.</summary>
public sealed class AuditCommandTests(Scenarios scenarios) : IClassFixture<Scenarios>
{
    [Fact]
    public async Task Verify_on_an_intact_log_says_so_with_exit_0()
    {
        var database = scenarios.NewDatabase();
        await new AuditLogFile(database).AppendAsync(Read("jo", "baby"), Read("sam", "mother"), Read("kim", "baby"));

        var result = await Cli.RunAsync("audit", "verify", "--sqlite", database);

        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Equal($"audit chain intact: 3 entries{Environment.NewLine}", result.Output);
    }

    [Fact]
    public async Task Verify_on_a_new_database_finds_an_empty_intact_log()
    {
        var result = await Cli.RunAsync("audit", "verify", "--sqlite", scenarios.NewDatabase());

        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Equal($"audit chain intact: 0 entries{Environment.NewLine}", result.Output);
    }

    [Fact]
    public async Task Verify_names_a_changed_entry_with_exit_1()
    {
        var database = scenarios.NewDatabase();
        var log = new AuditLogFile(database);
        await log.AppendAsync(Read("jo", "baby"), Read("sam", "mother"), Read("kim", "baby"));
        await log.TamperAsync($"UPDATE audit_entries SET actor = {"nobody"} WHERE sequence = {2L}");

        var result = await Cli.RunAsync("audit", "verify", "--sqlite", database);

        Assert.Equal(ExitCodes.Failure, result.Exit);
        Assert.StartsWith("audit chain broken at entry 2: its content does not match its hash", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_names_a_deleted_entry_with_exit_1()
    {
        var database = scenarios.NewDatabase();
        var log = new AuditLogFile(database);
        await log.AppendAsync(Read("jo", "baby"), Read("sam", "mother"), Read("kim", "baby"));
        await log.TamperAsync($"DELETE FROM audit_entries WHERE sequence = {1L}");

        var result = await Cli.RunAsync("audit", "verify", "--sqlite", database);

        Assert.Equal(ExitCodes.Failure, result.Exit);
        Assert.Equal($"audit chain broken at entry 1: entry 1 is missing (the log starts at entry 2){Environment.NewLine}", result.Output);
    }

    [Fact]
    public async Task Show_lists_who_saw_the_record_newest_first()
    {
        var database = scenarios.NewDatabase();
        await new AuditLogFile(database).AppendAsync(
            Read("jo", "baby"),
            Read("sam", "mother"),
            new AuditRecord("kim", new AgencyId("gp"), "practitioner", AuditAction.BreakGlass, new PersonId("baby"),
                "break-glass grant 1", "Seen at the surgery with a bruise; need the history.", "192.0.2.7"));

        var result = await Cli.RunAsync("audit", "show", "--person", "baby", "--sqlite", database);

        Assert.Equal(ExitCodes.Ok, result.Exit);
        var lines = result.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("access history of baby: 2 entries, newest first", lines[0]);
        Assert.Matches(@"^#\s+when \(UTC\)\s+who\s+agency\s+role\s+action\s+what\s+why\s+from$", lines[1]);
        Assert.Matches(@"^3\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+kim\s+gp\s+practitioner\s+break-glass\s+break-glass grant 1\s+Seen at the surgery with a bruise; need the history\.\s+192\.0\.2\.7$", lines[2]);
        Assert.Matches(@"^1\s+.+\s+jo\s+hv\s+practitioner\s+read\s+child page baby\s+-\s+127\.0\.0\.1$", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task Show_is_itself_audited_and_the_chain_stays_intact()
    {
        var database = scenarios.NewDatabase();
        await new AuditLogFile(database).AppendAsync(Read("jo", "baby"));

        await Cli.RunAsync("audit", "show", "--person", "baby", "--sqlite", database);
        var again = await Cli.RunAsync("audit", "show", "--person", "baby", "--sqlite", database);
        var verify = await Cli.RunAsync("audit", "verify", "--sqlite", database);

        Assert.Contains("access history (sightline audit show)", again.Output, StringComparison.Ordinal);
        Assert.Equal($"audit chain intact: 3 entries{Environment.NewLine}", verify.Output);
    }

    [Fact]
    public async Task Show_writes_control_characters_in_free_text_as_visible_escapes()
    {
        var database = scenarios.NewDatabase();
        await new AuditLogFile(database).AppendAsync(
            new AuditRecord("eve", new AgencyId("hv"), "practitioner", AuditAction.Search, new PersonId("baby"),
                "search \u001b[2J\nforged row\u202e", null, "127.0.0.1"));

        var result = await Cli.RunAsync("audit", "show", "--person", "baby", "--sqlite", database);

        Assert.Contains(@"search \u001b[2J\nforged row\u202e", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.DoesNotContain('\u202e', result.Output);
        Assert.Equal(3, result.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Show_without_a_person_is_exit_2()
    {
        var result = await Cli.RunAsync("audit", "show", "--sqlite", scenarios.NewDatabase());

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.Contains("--person", result.Error, StringComparison.Ordinal);
    }

    private static AuditRecord Read(string actor, string person) =>
        new(actor, new AgencyId("hv"), "practitioner", AuditAction.Read, new PersonId(person), $"child page {person}", null, "127.0.0.1");
}
