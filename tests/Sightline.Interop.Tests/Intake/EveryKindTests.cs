using System.Globalization;
using System.Text.Json.Nodes;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Interop.Intake;
using Sightline.Interop.Scenarios;

namespace Sightline.Interop.Tests.Intake;

/// <summary>The scenario fixture with every event kind, rewritten in the intake form, reads to the same events.</summary>
public class EveryKindTests
{
    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "Scenarios", "every-kind.json");

    private static readonly AgencyId Sender = new("westford-hv");

    [Fact]
    public void Every_kind_reads_in_its_intake_form_to_the_event_the_scenario_reader_builds()
    {
        var scenario = ScenarioReader.Read(File).Scenario!;
        var (batch, personIds) = IntakeForm(JsonNode.Parse(System.IO.File.ReadAllText(File))!.AsObject());
        var context = new IntakeContext { Sender = Sender, Today = new DateOnly(2030, 1, 1), KnownAgencies = scenario.History.Agencies };

        var result = IntakeReader.Read(batch.ToJsonString(), context);

        Assert.Empty(result.Problems.Select(p => p.ToString()));
        var events = result.Batch!.Events;
        Assert.Equal(EventKinds.All.Order(StringComparer.Ordinal), events.Select(e => e.Event.Kind).Distinct().Order(StringComparer.Ordinal));
        for (var i = 0; i < events.Count; i++)
        {
            var expected = EventJson.Serialize(scenario.History.Events[i] with { Agency = Sender });
            foreach (var id in personIds)
            {
                expected = expected.Replace($"\"{id}\"", $"\"{Sender.Value}:{id}\"", StringComparison.Ordinal);
            }
            Assert.Equal(expected, EventJson.Serialize(events[i].Event));
            Assert.Equal(new EventSource(Sender, $"ek-{i}"), events[i].Source);
        }
        Assert.Equal(scenario.History.Persons.Select(p => new PersonId($"{Sender.Value}:{p.Id.Value}")), result.Batch.Persons.Select(p => p.Id));
    }

    /// <summary>Days become dates, each event gets a source id and loses its agency (the sender records them all).</summary>
    private static (JsonObject Batch, IReadOnlyList<string> PersonIds) IntakeForm(JsonObject scenario)
    {
        var start = DateOnly.ParseExact(scenario["start"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Date(JsonNode? day) => start.AddDays(day!.GetValue<int>()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var persons = scenario["persons"]!.AsArray();
        foreach (var person in persons.Select(p => p!.AsObject()))
        {
            foreach (var field in new[] { "born", "due" }.Where(person.ContainsKey))
            {
                person[field] = Date(person[field]);
            }
        }
        var events = scenario["events"]!.AsArray();
        var i = 0;
        foreach (var caseEvent in events.Select(e => e!.AsObject()))
        {
            caseEvent["sourceId"] = $"ek-{i++}";
            caseEvent["date"] = Date(caseEvent["day"]);
            caseEvent.Remove("day");
            caseEvent.Remove("agency");
            var dayField = caseEvent["kind"]!.GetValue<string>() switch { "pregnancy" => "due", "acknowledged" => "of", _ => null };
            if (dayField is not null)
            {
                caseEvent[dayField] = Date(caseEvent[dayField]);
            }
        }
        var ids = persons.Select(p => p!["id"]!.GetValue<string>()).ToList();
        return (new JsonObject
        {
            ["persons"] = persons.DeepClone(),
            ["relationships"] = scenario["relationships"]!.DeepClone(),
            ["events"] = events.DeepClone(),
        }, ids);
    }
}
