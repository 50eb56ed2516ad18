using Sightline.Interop.Scenarios;

namespace Sightline.Interop.Tests.Scenarios;

public class SharedScenarioTests
{
    private static readonly string[] SharedIds = ["baby-c", "baby-r", "control-well-supported", "family-t", "lily-and-bobby", "rs"];

    [Fact]
    public void Every_shared_scenario_loads_without_problems()
    {
        // Without ../shared beside the repository the suite stands on its own fixtures.
        var shared = ScenarioFolders.Shared();
        var files = Directory.GetFiles(shared ?? ScenarioFolders.Own(), "*.json").Order(StringComparer.Ordinal).ToList();

        var results = files.Select(ScenarioReader.Read).ToList();

        Assert.NotEmpty(files);
        Assert.Empty(results.SelectMany(r => r.Lines()));
        if (shared is not null)
        {
            Assert.Subset(results.Select(r => r.Scenario!.Id).ToHashSet(StringComparer.Ordinal), SharedIds.ToHashSet(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_shared_scenario_keeps_its_events_in_file_order_with_dates_from_its_start()
    {
        var folder = ScenarioFolders.Shared() ?? ScenarioFolders.Own();

        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            var scenario = ScenarioReader.Read(file).Scenario!;
            var days = scenario.History.Events.Select(e => scenario.DayOf(e.Date)).ToList();

            Assert.Equal(days.Order(), days);
            Assert.All(days, day => Assert.Equal(day, scenario.DayOf(scenario.DateOf(day))));
        }
    }
}
