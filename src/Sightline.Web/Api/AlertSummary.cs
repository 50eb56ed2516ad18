namespace Sightline.Web.Api;

/// <summary>An alert, as the API returns it.</summary>
/// <param name="Rule">The rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="RaisedOn">The day it was raised.</param>
/// <param name="Due">When the next step falls due.</param>
/// <param name="Overdue">True when that day has passed.</param>
/// <param name="Message">What happened and what must happen next.</param>
internal sealed record AlertSummary(string Rule, string Title, DateOnly RaisedOn, DateOnly? Due, bool Overdue, string Message);
