using Sightline.Storage;
using Sightline.Web;

namespace Sightline.Cli.Tests;

/// <summary>validate, replay and import-scenario, run in process against scenario files and a temporary SQLite database.</summary>
public sealed class ScenarioCommandTests(Scenarios scenarios) : IClassFixture<Scenarios>
{
    [Fact]
    public async Task Validate_accepts_a_good_file()
    {
        var result = await Cli.RunAsync("validate", Scenarios.Bruise);

        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Equal("1 passed, 0 failed", result.Output.Trim());
    }

    [Fact]
    public async Task Validate_rejects_a_bad_file_naming_file_and_path()
    {
        var bad = scenarios.Broken("typo.json", "\"mode\": \"home-visit\"", "\"mode\": \"home-visit\", \"colour\": \"red\"");

        var result = await Cli.RunAsync("validate", bad);

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.StartsWith("typo.json: $.events[0].colour: ", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed", result.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_check_passes_when_the_expected_alert_is_raised()
    {
        var result = await Cli.RunAsync("replay", "--check", Scenarios.Bruise);

        Assert.Equal(ExitCodes.Ok, result.Exit);
        Assert.Equal("1 passed, 0 failed", result.Output.Trim());
    }

    [Fact]
    public async Task Replay_check_fails_when_an_expected_alert_is_not_raised()
    {
        var result = await Cli.RunAsync("replay", "--check", Scenarios.Unmet);

        Assert.Equal(ExitCodes.Failure, result.Exit);
        Assert.Contains("cli-unmet: expected repeat-injury for baby by day 2: not raised", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 1 failed", result.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_twice_stores_each_event_once()
    {
        var database = scenarios.NewDatabase();

        var first = await Cli.RunAsync("import-scenario", Scenarios.Bruise, "--sqlite", database);
        var second = await Cli.RunAsync("import-scenario", Scenarios.Bruise, "--sqlite", database);

        Assert.Equal(ExitCodes.Ok, first.Exit);
        Assert.Contains("bruise.json: 2 events stored, 0 already present; ", first.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, second.Exit);
        Assert.Contains("bruise.json: 0 events stored, 2 already present; 0 new alerts", second.Error, StringComparison.Ordinal);
        Assert.Equal(2, await EventsInAsync(database));
    }

    [Fact]
    public async Task Import_records_each_persons_write_in_the_audit_chain()
    {
        var database = scenarios.NewDatabase();

        await Cli.RunAsync("import-scenario", Scenarios.Bruise, "--sqlite", database);
        await Cli.RunAsync("import-scenario", Scenarios.Bruise, "--sqlite", database);
        var show = await Cli.RunAsync("audit", "show", "--person", "cli-bruise.baby", "--sqlite", database);
        var verify = await Cli.RunAsync("audit", "verify", "--sqlite", database);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(show.Output, "import-scenario bruise.json: 2 events stored"));
        Assert.Equal(ExitCodes.Ok, verify.Exit);
        Assert.StartsWith("audit chain intact", verify.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_raises_the_alerts_of_the_stored_events()
    {
        var database = scenarios.NewDatabase();

        var result = await Cli.RunAsync("import-scenario", Scenarios.Bruise, "--sqlite", database);

        Assert.Equal(ExitCodes.Ok, result.Exit);
        var store = SightlineStore.Open(SiteDatabase.SqliteFile(database));
        Assert.NotNull(await store.FindPersonAsync(new("cli-bruise.baby")));
        Assert.Matches(@"1 scenario imported: 2 events stored, 0 already present; \d+ new alerts?", result.Output.Trim());
        Assert.DoesNotMatch("; 0 new alerts", result.Output);
    }

    [Theory]
    [InlineData("broken.json", "\"events\": [", "\"events\": [[", "broken.json: $")]
    [InlineData("unknown-field.json", "\"site\": \"cheek\"", "\"site\": \"cheek\", \"sight\": \"cheek\"", "unknown-field.json: $.events[1].sight: ")]
    [InlineData("unknown-kind.json", "\"kind\": \"injury\"", "\"kind\": \"bump\"", "unknown-kind.json: $.events[1].kind: ")]
    [InlineData("dangling.json", "\"subjects\": [\"baby\"]", "\"subjects\": [\"babby\"]", "dangling.json: $.events[1].subjects[0]: ")]
    public async Task Malformed_input_is_exit_2_and_stores_nothing(string name, string find, string replaceWith, string problem)
    {
        var database = scenarios.NewDatabase();
        var bad = scenarios.Broken(name, find, replaceWith);

        // The good file comes first: nothing of it may be stored either.
        var result = await Cli.RunAsync("import-scenario", Scenarios.Bruise, bad, "--sqlite", database);

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.StartsWith(problem, result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing stored", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await EventsInAsync(database));
    }

    [Fact]
    public async Task A_database_that_cannot_be_used_is_exit_1_with_one_line_saying_so()
    {
        // A folder is not a database file.
        var result = await Cli.RunAsync("import-scenario", Scenarios.Bruise, "--sqlite", AppContext.BaseDirectory);

        Assert.Equal(ExitCodes.Failure, result.Exit);
        Assert.Contains("import-scenario: failed: SQLite Error", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_exit_2()
    {
        var result = await Cli.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_exit_2()
    {
        var result = await Cli.RunAsync("import-scenario", Path.Combine(AppContext.BaseDirectory, "no-such.json"), "--sqlite", scenarios.NewDatabase());

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.StartsWith("no-such.json: $: cannot read file", result.Error, StringComparison.Ordinal);
    }

    private static async Task<long> EventsInAsync(string database)
    {
        var store = SightlineStore.Open(SiteDatabase.SqliteFile(database));
        await store.MigrateAsync();
        return await store.CountEventsAsync();
    }
}
