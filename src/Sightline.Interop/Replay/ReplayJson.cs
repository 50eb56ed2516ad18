using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sightline.Interop.Replay;

/// <summary>The machine-readable replay output of FORMAT.md: one JSON line per scenario.</summary>
public static class ReplayJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><c>{"scenario": id, "alerts": [{"rule", "day", "date", "subjects", "notify", "due", "message"}]}</c> on one line.</summary>
    public static string Line(ReplayOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var scenario = outcome.Scenario;
        var line = new ScenarioLine(scenario.Id, outcome.Alerts.Select(a => new AlertLine(
            a.Rule,
            scenario.DayOf(a.RaisedOn),
            Iso(a.RaisedOn),
            a.Subjects.Select(s => s.Value).ToList(),
            a.Notify.Select(n => n.Value).ToList(),
            a.Due is { } due ? Iso(due) : null,
            a.Message)).ToList());
        return JsonSerializer.Serialize(line, Options);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record ScenarioLine(
        [property: JsonPropertyName("scenario")] string Scenario,
        [property: JsonPropertyName("alerts")] IReadOnlyList<AlertLine> Alerts);

    private sealed record AlertLine(
        [property: JsonPropertyName("rule")] string Rule,
        [property: JsonPropertyName("day")] int Day,
        [property: JsonPropertyName("date")] string Date,
        [property: JsonPropertyName("subjects")] IReadOnlyList<string> Subjects,
        [property: JsonPropertyName("notify")] IReadOnlyList<string> Notify,
        [property: JsonPropertyName("due")] string? Due,
        [property: JsonPropertyName("message")] string Message);
}
