namespace Sightline.Web.Replay;

/// <summary>One of the scenario's expected or forbidden alerts, and whether the replay met it.</summary>
/// <param name="Forbidden">True for an alert that must not be raised.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="RuleTitle">The rule's title.</param>
/// <param name="Subject">Whom it is (or must not be) about.</param>
/// <param name="Wanted">When, and whom it must notify, in words; "never" for a forbidden alert.</param>
/// <param name="Passed">True when the replay did what the scenario asks.</param>
/// <param name="Misses">What went wrong, when it failed.</param>
internal sealed record ReplayCheckLine(bool Forbidden, string Rule, string RuleTitle, string Subject, string Wanted, bool Passed, IReadOnlyList<string> Misses);
