namespace Sightline.Web.Replay;

/// <summary>An alert a replay raised, in the words the replay page shows.</summary>
/// <param name="Rule">The rule id, for the link to the rules page.</param>
/// <param name="RuleTitle">The rule's title.</param>
/// <param name="Subjects">Whom it is about.</param>
/// <param name="Notify">The agencies it tells.</param>
/// <param name="Due">When the next step falls due, where the rule sets one.</param>
/// <param name="Message">What happened and what must happen next.</param>
internal sealed record ReplayAlertLine(string Rule, string RuleTitle, string Subjects, string Notify, DateOnly? Due, string Message);
