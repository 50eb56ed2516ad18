using Sightline.Core.Persons;

namespace Sightline.Interop.Replay;

/// <summary>How a replay met one of its scenario's <c>expected</c> or <c>forbidden</c> alerts.</summary>
/// <param name="Forbidden">True for a forbidden alert (a false-positive trap), false for an expected one.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Subject">The person the alert is (or must not be) about.</param>
/// <param name="Wanted">What the scenario asks, in words, e.g. <c>by day 12, notifying police</c> or <c>never</c>.</param>
/// <param name="Misses">Why it failed, as <see cref="ReplayCheck.Misses"/> words it (a forbidden alert raised twice fails twice); empty when it passed.</param>
public sealed record ExpectationResult(bool Forbidden, string Rule, PersonId Subject, string Wanted, IReadOnlyList<string> Misses)
{
    /// <summary>True when the replay did what the scenario asks.</summary>
    public bool Passed => Misses.Count == 0;
}
