using System.Net;
using System.Text;
using Sightline.Core.Protocols;
using Sightline.Interop.Replay;
using Sightline.Interop.Scenarios;
using Sightline.Storage.Audit;
using static Sightline.Web.Tests.Html;

namespace Sightline.Web.Tests;

/// <summary>The replay page: a scenario file uploaded, read strictly and replayed day by day (SQLite and PostgreSQL).</summary>
public abstract class ReplayBehaviour(SiteFixture site)
{
    private static readonly string EveryKindFile = Path.Combine(AppContext.BaseDirectory, "Scenarios", "every-kind.json");

    [Theory]
    [InlineData("analyst")]
    [InlineData("lead")]
    [InlineData("manager")]
    public async Task A_review_author_replays_a_file_and_sees_each_alert_on_its_day_with_subjects_agencies_and_due(string who)
    {
        var client = await site.ClientForAsync(who);
        var outcome = ScenarioReplay.Run(ScenarioReader.Read(EveryKindFile).Scenario!, ProtocolEngine.Default);
        var scenario = outcome.Scenario;
        Assert.NotEmpty(outcome.Alerts);

        using var response = await Uploads.PostFileAsync(client, "/replay", "scenario", "every-kind.json", await File.ReadAllBytesAsync(EveryKindFile));
        var page = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal(scenario.Title, Text(page.QuerySelector("#replay-title")!));
        Assert.StartsWith($"{scenario.History.Events.Count} events on ", Text(page.QuerySelector("#replay-counts")!), StringComparison.Ordinal);
        foreach (var alert in outcome.Alerts)
        {
            var day = page.QuerySelector($"#day-{scenario.DayOf(alert.RaisedOn)}");
            Assert.NotNull(day);
            Assert.Contains($"Day {scenario.DayOf(alert.RaisedOn)}: {alert.RaisedOn.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}", Text(day.QuerySelector("h4")!), StringComparison.Ordinal);
            var shown = day.QuerySelectorAll(".app-replay__alert").Select(Text).ToList();
            Assert.Contains(shown, s => s.Contains(alert.Rule, StringComparison.Ordinal) && s.Contains(alert.Message, StringComparison.Ordinal));
        }
        var first = page.QuerySelectorAll(".app-replay__alert").Select(Text).First();
        Assert.Matches("About .+ Tells .+ Due .+ Message", first);
    }

    [Fact]
    public async Task The_files_expected_and_forbidden_alerts_are_shown_passed_or_failed_as_the_check_decides()
    {
        var client = await site.ClientForAsync("analyst");
        var results = ReplayCheck.Results(ScenarioReplay.Run(ScenarioReader.Read(EveryKindFile).Scenario!, ProtocolEngine.Default));

        using var response = await Uploads.PostFileAsync(client, "/replay", "scenario", "every-kind.json", await File.ReadAllBytesAsync(EveryKindFile));
        var rows = Rows(Table(await ParseAsync(response), "What the file expects"));

        Assert.Equal(results.Count, rows.Count);
        foreach (var (result, row) in results.Zip(rows))
        {
            Assert.Equal(result.Passed ? "Passed" : "Failed", row[0]);
            Assert.StartsWith(result.Forbidden ? "Must not raise" : "Must raise", row[1], StringComparison.Ordinal);
            Assert.StartsWith(result.Wanted, row[3], StringComparison.Ordinal);
        }
        Assert.Contains(rows, r => r[1].StartsWith("Must not raise", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_with_problems_lists_each_with_its_path_in_the_error_summary_and_replays_nothing()
    {
        var client = await site.ClientForAsync("analyst");
        var text = await File.ReadAllTextAsync(EveryKindFile);
        var broken = text.Replace("\"format\": \"sightline-scenario/1\"", "\"format\": \"sightline-scenario/9\"", StringComparison.Ordinal);
        Assert.NotEqual(text, broken);
        var problems = ScenarioReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(broken)), "broken.json").Problems;
        Assert.NotEmpty(problems);

        using var response = await Uploads.PostFileAsync(client, "/replay", "scenario", "broken.json", Encoding.UTF8.GetBytes(broken));
        var page = await ParseAsync(response);

        var summary = page.QuerySelectorAll(".govuk-error-summary__list a").ToList();
        Assert.Equal(problems.Select(p => $"{p.Path}: {p.Message}"), summary.Select(Text));
        Assert.All(summary, a => Assert.Equal("#scenario-file", a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("#scenario-file-error"));
        Assert.StartsWith("Error:", Text(page.QuerySelector("title")!), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#replay-title"));
    }

    [Theory]
    [InlineData("not json at all", "$")]
    [InlineData("""{"format": "sightline-scenario/1"}""", "$")]
    public async Task A_file_that_is_no_scenario_is_explained(string content, string path)
    {
        var client = await site.ClientForAsync("analyst");

        using var response = await Uploads.PostFileAsync(client, "/replay", "scenario", "notes.json", Encoding.UTF8.GetBytes(content));
        var page = await ParseAsync(response);

        var summary = page.QuerySelectorAll(".govuk-error-summary__list a").Select(Text).ToList();
        Assert.NotEmpty(summary);
        Assert.StartsWith(path, summary[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_file_and_a_file_over_the_limit_are_refused_with_a_message()
    {
        var client = await site.ClientForAsync("analyst");

        using var none = await Uploads.PostFileAsync(client, "/replay", "scenario", "", null);
        using var large = await Uploads.PostFileAsync(client, "/replay", "scenario", "large.json", new byte[(1024 * 1024) + 1]);

        Assert.Equal("Select a scenario file", Text((await ParseAsync(none)).QuerySelector(".govuk-error-summary__list a")!));
        Assert.Equal("The selected file must be smaller than 1 MB", Text((await ParseAsync(large)).QuerySelector(".govuk-error-summary__list a")!));
    }

    [Theory]
    [InlineData("hv")]
    [InlineData("csc")]
    [InlineData("admin")]
    public async Task Roles_that_author_no_reviews_are_refused(string who)
    {
        var client = await site.ClientForAsync(who);

        using var response = await client.GetAsync(new Uri("/replay", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_replay_reads_no_stored_record_so_nothing_is_audited_as_a_read()
    {
        var client = await site.ClientForAsync("manager");
        var recent = await site.Service<AuditLog>().RecentAsync(1);
        var before = recent.Count == 0 ? 0 : recent[0].Sequence;

        using var response = await Uploads.PostFileAsync(client, "/replay", "scenario", "every-kind.json", await File.ReadAllBytesAsync(EveryKindFile));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await site.Service<AuditLog>().RecentAsync(5);
        Assert.DoesNotContain(after.Where(e => e.Sequence > before), e => e.Action is AuditAction.Read or AuditAction.Export);
    }
}
