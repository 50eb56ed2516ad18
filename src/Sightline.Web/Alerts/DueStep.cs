namespace Sightline.Web.Alerts;

/// <summary>Something that must still happen for a child: an obligation the live protocols hold open.</summary>
/// <param name="Rule">The rule that raises an alert if it does not happen in time.</param>
/// <param name="RuleTitle">That rule's title.</param>
/// <param name="Action">What must happen, in the rule's words.</param>
/// <param name="OpenedOn">Since when it has been waited for.</param>
/// <param name="DueOn">The last day on which it is in time.</param>
internal sealed record DueStep(string Rule, string RuleTitle, string Action, DateOnly OpenedOn, DateOnly DueOn);
