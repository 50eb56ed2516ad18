namespace Sightline.Browser.Tests;

/// <summary>One accessibility rule an axe-core scan found broken.</summary>
/// <param name="Id">The rule, e.g. <c>color-contrast</c>.</param>
/// <param name="Impact">minor, moderate, serious or critical.</param>
/// <param name="Help">What the rule asks.</param>
/// <param name="Targets">CSS selectors of the elements that break it.</param>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets)
{
    /// <summary>True for the impacts the scan must never find.</summary>
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"{Impact} {Id}: {Help} ({string.Join(", ", Targets)})";
}
