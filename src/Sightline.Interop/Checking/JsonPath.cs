using System.Globalization;
using System.Text;

namespace Sightline.Interop.Checking;

/// <summary>
/// Where in a document a problem is: a chain of property names and list indexes from the root.
/// It reads as a JSON path (<c>$.events[12].outcome</c>) for files and as a JSON pointer
/// (<c>/events/12/outcome</c>, RFC 6901) for HTTP problem details, from one structure.
/// </summary>
internal sealed record JsonPath
{
    private JsonPath(JsonPath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Position = index;
    }

    /// <summary>The whole document.</summary>
    public static JsonPath Root { get; } = new(null, null, -1);

    /// <summary>The path this one extends; null at the root.</summary>
    public JsonPath? Parent { get; }

    /// <summary>The property name of the last step, or null when it is a list index (or the root).</summary>
    public string? Name { get; }

    /// <summary>The list index of the last step, or -1 when it is a property (or the root).</summary>
    public int Position { get; }

    public static JsonPath Property(JsonPath parent, string name) => new(parent, name, -1);

    public static JsonPath Index(JsonPath parent, int index) => new(parent, null, index);

    /// <summary>The steps from the root, first step first.</summary>
    public IReadOnlyList<JsonPath> Steps()
    {
        var steps = new List<JsonPath>();
        for (var step = this; step.Parent is not null; step = step.Parent)
        {
            steps.Add(step);
        }
        steps.Reverse();
        return steps;
    }

    /// <summary>The JSON path, e.g. <c>$.events[12].outcome</c>; <c>$</c> for the root.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("$");
        foreach (var step in Steps())
        {
            if (step.Name is { } name)
            {
                // A misspelt key may hold any character; bracket notation keeps such a path readable.
                text.Append(IsPlainName(name) ? $".{name}" : $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"[{step.Position}]");
            }
        }
        return text.ToString();
    }

    /// <summary>The JSON pointer (RFC 6901), e.g. <c>/events/12/outcome</c>; empty for the root.</summary>
    public string ToPointer()
    {
        var text = new StringBuilder();
        foreach (var step in Steps())
        {
            text.Append('/');
            text.Append(step.Name is { } name
                ? name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
                : step.Position.ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
