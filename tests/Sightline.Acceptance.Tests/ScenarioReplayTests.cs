using Sightline.Core.Protocols;
using Sightline.Interop.Replay;
using Sightline.Interop.Scenarios;

namespace Sightline.Acceptance.Tests;

public class ScenarioReplayTests
{
    public static TheoryData<string> OwnScenarios() => [.. ScenarioFiles.Own().Select(f => Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Scenarios"), f))];

    public static TheoryData<string> SharedScenarios()
    {
        // With no ../shared beside the repository, the shared theory checks the repository's own
        // control scenario instead of finding no data.
        var shared = ScenarioFiles.Shared().ToList();
        return shared.Count > 0 ? [.. shared] : [.. ScenarioFiles.Own().Take(1)];
    }

    [Theory]
    [MemberData(nameof(SharedScenarios))]
    public void A_reconstructed_review_case_raises_every_expected_alert_and_no_forbidden_one(string file) => AssertReplayPasses(file);

    [Theory]
    [MemberData(nameof(OwnScenarios))]
    public void The_projects_own_scenario_raises_every_expected_alert_and_no_forbidden_one(string name) =>
        AssertReplayPasses(Path.Combine(AppContext.BaseDirectory, "Scenarios", name));

    [Fact]
    public void Every_rule_is_exercised_by_the_projects_own_scenarios()
    {
        var expected = ScenarioFiles.Own()
            .Select(f => ScenarioReader.Read(f))
            .Where(r => r.IsLoaded)
            .SelectMany(r => r.Scenario!.Expected.Select(e => e.Rule))
            .ToHashSet();

        var missing = RuleCatalog.All.Select(r => r.Id).Where(id => !expected.Contains(id)).ToList();

        Assert.True(missing.Count == 0, "No own scenario expects: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_reconstructed_cases_raise_no_more_alerts_beyond_those_expected_than_the_contract_read_literally()
    {
        // Read literally, the contract raises 16 alerts on the shared cases that no expected entry
        // asks for (a second pregnancy record, later facts, a second strategy discussion...). More
        // would mean a rule is noisier than the contract; without ../shared there is nothing to count.
        var extra = 0;
        foreach (var file in ScenarioFiles.Shared())
        {
            var scenario = ScenarioReader.Read(file).Scenario!;
            var outcome = ScenarioReplay.Run(scenario, ProtocolEngine.Default);
            extra += outcome.Alerts.Count(a => !scenario.Expected.Any(e =>
                e.Rule == a.Rule && a.Subjects.Contains(e.Subject)
                && scenario.DayOf(a.RaisedOn) <= e.Day && (e.From is not { } from || scenario.DayOf(a.RaisedOn) >= from)));
        }

        Assert.True(extra <= 16, $"{extra} alerts beyond those expected; the contract read literally raises 16.");
    }

    private static void AssertReplayPasses(string file)
    {
        var read = ScenarioReader.Read(file);
        Assert.True(read.IsLoaded, string.Join(Environment.NewLine, read.Problems));
        var misses = ReplayCheck.Misses(ScenarioReplay.Run(read.Scenario, ProtocolEngine.Default));
        Assert.True(misses.Count == 0, string.Join(Environment.NewLine, misses));
    }
}
