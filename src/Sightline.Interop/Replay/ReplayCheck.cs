using Sightline.Core.Agencies;
using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Replay;

/// <summary>
/// Compares a replay with the scenario's <c>expected</c> and <c>forbidden</c> alerts by the
/// contract's matching rule: an expected alert is met by an alert of that rule naming that subject
/// (among others) on or before its day, not before <c>from</c>, notifying at least the agency
/// kinds listed; a forbidden rule and subject must not be raised at all.
/// </summary>
public static class ReplayCheck
{
    /// <summary>Every miss, in words; empty when the replay passes.</summary>
    public static IReadOnlyList<string> Misses(ReplayOutcome outcome) =>
        Results(outcome).SelectMany(r => r.Misses).ToList();

    /// <summary>Each expected alert, then each forbidden one, with whether the replay met it.</summary>
    public static IReadOnlyList<ExpectationResult> Results(ReplayOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var scenario = outcome.Scenario;
        var kinds = scenario.History.Agencies.ToDictionary(a => a.Id, a => a.Kind);
        var results = new List<ExpectationResult>();
        foreach (var expected in scenario.Expected)
        {
            var candidates = outcome.Alerts.Where(a => a.Rule == expected.Rule && a.Subjects.Contains(expected.Subject)).ToList();
            var met = candidates.Any(a =>
            {
                var day = scenario.DayOf(a.RaisedOn);
                return day <= expected.Day && (expected.From is not { } from || day >= from)
                    && expected.Notify.All(k => a.Notify.Any(n => kinds.GetValueOrDefault(n) == k));
            });
            var window = expected.From is { } f && f != expected.Day ? $"between day {f} and day {expected.Day}" : expected.From is not null ? $"on day {expected.Day}" : $"by day {expected.Day}";
            var notify = expected.Notify.Count == 0 ? "" : $", notifying {string.Join(", ", expected.Notify.Select(k => Wire.Name(k)))}";
            var misses = new List<string>();
            if (!met)
            {
                var seen = candidates.Count == 0
                    ? "not raised"
                    : "raised instead " + string.Join("; ", candidates.Select(a => $"on day {scenario.DayOf(a.RaisedOn)} notifying {string.Join(", ", a.Notify.Select(n => kinds.TryGetValue(n, out var k) ? Wire.Name(k) : n.Value))}"));
                misses.Add($"{scenario.Id}: expected {expected.Rule} for {expected.Subject} {window}{notify}: {seen}");
            }
            results.Add(new ExpectationResult(false, expected.Rule, expected.Subject, window + notify, misses));
        }
        foreach (var forbidden in scenario.Forbidden)
        {
            var misses = outcome.Alerts
                .Where(a => a.Rule == forbidden.Rule && a.Subjects.Contains(forbidden.Subject))
                .Select(a => $"{scenario.Id}: forbidden {forbidden.Rule} for {forbidden.Subject} was raised on day {scenario.DayOf(a.RaisedOn)}: {a.Message}")
                .ToList();
            results.Add(new ExpectationResult(true, forbidden.Rule, forbidden.Subject, "never", misses));
        }
        return results;
    }

    private static AgencyKind? GetValueOrDefault(this Dictionary<AgencyId, AgencyKind> kinds, AgencyId id) =>
        kinds.TryGetValue(id, out var kind) ? kind : null;
}
