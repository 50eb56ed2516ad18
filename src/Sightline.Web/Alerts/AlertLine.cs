using Sightline.Core.Agencies;
using Sightline.Web.Presentation;

namespace Sightline.Web.Alerts;

/// <summary>An alert as a page lists it.</summary>
/// <param name="Rule">The rule's id.</param>
/// <param name="RuleTitle">The rule's title.</param>
/// <param name="RaisedOn">The day it was raised.</param>
/// <param name="Due">When the next step falls due, where the rule sets one.</param>
/// <param name="IsOverdue">True when that day has passed.</param>
/// <param name="Message">What happened and what must happen next.</param>
/// <param name="Subjects">Whom it is about.</param>
/// <param name="Notified">The names of the agencies it tells.</param>
internal sealed record AlertLine(
    string Rule,
    string RuleTitle,
    DateOnly RaisedOn,
    DateOnly? Due,
    bool IsOverdue,
    string Message,
    IReadOnlyList<PersonLink> Subjects,
    IReadOnlyList<string> Notified)
{
    /// <summary>The stored alert's id.</summary>
    public long Id { get; init; }

    /// <summary>Days past the due day (0 when not overdue).</summary>
    public int OverdueDays { get; init; }

    /// <summary>The agencies' acknowledgements and actions taken, oldest first.</summary>
    public IReadOnlyList<AlertResponse> Responses { get; init; } = [];

    /// <summary>The reader's agency when the alert notifies it (so the reader may acknowledge it or record an action); else null.</summary>
    public AgencyId? RespondAs { get; init; }

    /// <summary>True while the reader's agency has not acknowledged it (always true for a reader it does not notify).</summary>
    public bool IsOpen { get; init; } = true;
}
