using System.Text.Json;
using Sightline.Core.Agencies;
using Sightline.Interop.Checking;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// Checks <c>expected</c> and <c>forbidden</c>. A rule and subject cannot be both: the scenario
/// would fail whatever the engine did.
/// </summary>
internal sealed class AlertListChecker(CheckContext context)
{
    private static readonly string[] ExpectedFields = ["rule", "subject", "day", "from", "notify"];

    private static readonly string[] ExpectedRequired = ["rule", "subject", "day"];

    private static readonly string[] ForbiddenFields = ["rule", "subject"];

    private static readonly ValueRule Rule = ValueRule.OneOf(ScenarioVocabulary.Rules);

    /// <summary>Rule and subject of each expected alert, to the path of the first that names them.</summary>
    private readonly Dictionary<(string Rule, string Subject), JsonPath> expected = [];

    private readonly Dictionary<(string Rule, string Subject), JsonPath> forbidden = [];

    public void CheckExpected(JsonPath path, JsonElement alerts)
    {
        if (!context.IsList(path, alerts))
        {
            return;
        }
        var i = 0;
        foreach (var alert in alerts.EnumerateArray())
        {
            var alertPath = JsonPath.Index(path, i++);
            if (!context.IsObject(alertPath, alert))
            {
                continue;
            }
            context.RejectUnknownFields(alertPath, alert, ExpectedFields);
            context.RequireFields(alertPath, alert, ExpectedRequired);
            context.CheckIfPresent(alertPath, alert, "rule", Rule);
            context.CheckIfPresent(alertPath, alert, "subject", ValueRule.Person);
            context.CheckIfPresent(alertPath, alert, "day", ValueRule.Day);
            context.CheckIfPresent(alertPath, alert, "from", ValueRule.Day);
            if (alert.TryGetProperty("day", out var dayValue) && ValueChecker.IsWholeNumber(dayValue, out var day)
                && alert.TryGetProperty("from", out var fromValue) && ValueChecker.IsWholeNumber(fromValue, out var from)
                && from > day)
            {
                context.Problem(JsonPath.Property(alertPath, "from"), $"from ({from}) is after day ({day})");
            }
            CheckNotify(alertPath, alert);
            if (Key(alert) is { } key)
            {
                expected.TryAdd(key, alertPath);
            }
        }
    }

    /// <summary>Checks <c>forbidden</c>; call after <see cref="CheckExpected"/> so that overlaps are found.</summary>
    public void CheckForbidden(JsonPath path, JsonElement alerts)
    {
        if (!context.IsList(path, alerts))
        {
            return;
        }
        var i = 0;
        foreach (var alert in alerts.EnumerateArray())
        {
            var alertPath = JsonPath.Index(path, i++);
            if (!context.IsObject(alertPath, alert))
            {
                continue;
            }
            context.RejectUnknownFields(alertPath, alert, ForbiddenFields);
            context.RequireFields(alertPath, alert, ForbiddenFields);
            context.CheckIfPresent(alertPath, alert, "rule", Rule);
            context.CheckIfPresent(alertPath, alert, "subject", ValueRule.Person);
            if (Key(alert) is not { } key)
            {
                continue;
            }
            if (!forbidden.TryAdd(key, alertPath))
            {
                context.Problem(alertPath, $"duplicate of {forbidden[key]}");
            }
            if (expected.TryGetValue(key, out var expectedPath))
            {
                context.Problem(alertPath, $"{key.Rule} for {JsonValueText.Quote(key.Subject)} is also expected at {expectedPath}");
            }
        }
    }

    private void CheckNotify(JsonPath alertPath, JsonElement alert)
    {
        if (!alert.TryGetProperty("notify", out var notify))
        {
            return;
        }
        var notifyPath = JsonPath.Property(alertPath, "notify");
        if (!context.IsList(notifyPath, notify))
        {
            return;
        }
        var j = 0;
        foreach (var kind in notify.EnumerateArray())
        {
            context.Values.Check(JsonPath.Index(notifyPath, j++), kind, ValueRule.OneOf<AgencyKind>());
        }
    }

    private static (string Rule, string Subject)? Key(JsonElement alert) =>
        alert.TryGetProperty("rule", out var rule) && rule.ValueKind == JsonValueKind.String
        && alert.TryGetProperty("subject", out var subject) && subject.ValueKind == JsonValueKind.String
            ? (rule.GetString()!, subject.GetString()!)
            : null;
}
