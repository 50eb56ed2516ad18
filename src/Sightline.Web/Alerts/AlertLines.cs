using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Protocols;
using Sightline.Web.Presentation;

namespace Sightline.Web.Alerts;

/// <summary>Turns stored alerts into the lines pages show, and orders them as a practitioner works through them.</summary>
internal static class AlertLines
{
    /// <summary>The line for one stored alert; overdue when its due day is before <paramref name="today"/>.</summary>
    public static AlertLine From(StoredAlert stored, RuleBook rules, Func<AgencyId, string> agencyName, Func<PersonId, PersonLink> person, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(agencyName);
        ArgumentNullException.ThrowIfNull(person);
        var alert = stored.Alert;
        return new AlertLine(
            alert.Rule,
            rules.Title(alert.Rule),
            alert.RaisedOn,
            alert.Due,
            alert.Due is { } due && due < today,
            alert.Message,
            alert.Subjects.Select(person).ToList(),
            alert.Notify.Select(agencyName).ToList());
    }

    /// <summary>Overdue alerts first, the longest overdue at the top; then the rest, newest first.</summary>
    public static IReadOnlyList<AlertLine> MostUrgentFirst(IEnumerable<AlertLine> lines) =>
        lines
            .OrderByDescending(l => l.IsOverdue)
            .ThenBy(l => l.IsOverdue ? l.Due : null)
            .ThenByDescending(l => l.RaisedOn)
            .ToList();
}
