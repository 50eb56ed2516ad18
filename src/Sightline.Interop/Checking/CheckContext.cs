using System.Text.Json;

namespace Sightline.Interop.Checking;

/// <summary>
/// What every section check shares: where problems go, the ids known so far, the dialect, and
/// the checks of an object's shape that every section makes the same way.
/// </summary>
internal sealed class CheckContext
{
    public CheckContext(ProblemLog log, RecordDialect dialect, RecordIndex? index = null)
    {
        Log = log;
        Dialect = dialect;
        Index = index ?? new RecordIndex();
        Values = new ValueChecker(log, Index, dialect.Days);
    }

    public ProblemLog Log { get; }

    public RecordDialect Dialect { get; }

    public RecordIndex Index { get; }

    public ValueChecker Values { get; }

    public void Problem(JsonPath path, string message) => Log.Add(path, message);

    public bool IsObject(JsonPath path, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }
        Problem(path, $"must be an object, got {JsonValueText.Show(value)}");
        return false;
    }

    public bool IsList(JsonPath path, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return true;
        }
        Problem(path, $"must be a list, got {JsonValueText.Show(value)}");
        return false;
    }

    /// <summary>A misspelt key must not silently drop a fact, so every key outside the allowed set is an error.</summary>
    public void RejectUnknownFields(JsonPath path, JsonElement obj, IEnumerable<string> allowed)
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

    public void RequireFields(JsonPath path, JsonElement obj, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!obj.TryGetProperty(name, out _))
            {
                Log.AddMissing(path, name, $"missing required field {JsonValueText.Quote(name)}");
            }
        }
    }

    /// <summary>Checks a field's value when the field is present.</summary>
    public void CheckIfPresent(JsonPath path, JsonElement obj, string name, ValueRule rule)
    {
        if (obj.TryGetProperty(name, out var value))
        {
            Values.Check(JsonPath.Property(path, name), value, rule);
        }
    }

    /// <summary>
    /// Matches every local authority name used against those the agencies carry, once all agencies
    /// are known: a name no agency carries is most likely a typo, and rules that compare areas
    /// would silently treat it as a different area.
    /// </summary>
    public void CheckLocalAuthorityUses()
    {
        var known = Index.LocalAuthorities.Count == 0
            ? "no agency carries one"
            : "agencies carry " + JsonValueText.List(Index.LocalAuthorities.Order(StringComparer.Ordinal));
        foreach (var (path, name) in Index.LocalAuthorityUses)
        {
            if (!Index.LocalAuthorities.Contains(name))
            {
                Problem(path, $"local authority {JsonValueText.Quote(name)} is not the localAuthority of any agency ({known})");
            }
        }
    }
}
