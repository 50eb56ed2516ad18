using System.Globalization;

namespace Sightline.FlagBench;

/// <summary>The command line: a verb, then <c>--name value</c> options (a flag without a value is <c>true</c>).</summary>
internal sealed class BenchArgs
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    public BenchArgs(string[] args)
    {
        Verb = args.Length > 0 ? args[0] : "";
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}': options are --name value.");
            }
            var name = args[i][2..];
            options[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }
    }

    public string Verb { get; }

    public string? Text(string name) => options.GetValueOrDefault(name);

    public string Required(string name) => Text(name) ?? throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback) => Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => Text(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => Text(name) == "true";

    public DateOnly Date(string name, DateOnly fallback) =>
        Text(name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : fallback;
}
