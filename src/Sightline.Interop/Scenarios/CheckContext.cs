using System.Text.Json;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// What every section check shares: where problems go, the ids declared so far, and the checks
/// of an object's shape that every section makes the same way.
/// </summary>
internal sealed class CheckContext
{
    public CheckContext(ProblemLog log)
    {
        Log = log;
        Values = new ValueChecker(log, Index);
    }

    public ProblemLog Log { get; }

    public ScenarioIndex Index { get; } = new();

    public ValueChecker Values { get; }

    public void Problem(string path, string message) => Log.Add(path, message);

    public bool IsObject(string path, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }
        Problem(path, $"must be an object, got {JsonValueText.Show(value)}");
        return false;
    }

    public bool IsList(string path, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return true;
        }
        Problem(path, $"must be a list, got {JsonValueText.Show(value)}");
        return false;
    }

    /// <summary>A misspelt key must not silently drop a fact, so every key outside the allowed set is an error.</summary>
    public void RejectUnknownFields(string path, JsonElement obj, IEnumerable<string> allowed)
    {
        var known = allowed as IReadOnlySet<string> ?? new HashSet<string>(allowed, StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Problem(JsonPath.Property(path, property.Name), "unknown field");
            }
        }
    }

    public void RequireFields(string path, JsonElement obj, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!obj.TryGetProperty(name, out _))
            {
                Problem(path, $"missing required field {JsonValueText.Quote(name)}");
            }
        }
    }

    /// <summary>Checks a field's value when the field is present.</summary>
    public void CheckIfPresent(string path, JsonElement obj, string name, ValueRule rule)
    {
        if (obj.TryGetProperty(name, out var value))
        {
            Values.Check(JsonPath.Property(path, name), value, rule);
        }
    }
}
