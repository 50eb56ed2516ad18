using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Protocols;
using Sightline.Web.Presentation;

namespace Sightline.Web.Alerts;

/// <summary>Turns stored alerts into the lines pages show, and orders them as a practitioner works through them.</summary>
internal static class AlertLines
{
    /// <summary>
    /// The line for one stored alert; overdue when its due day is before <paramref name="today"/>.
    /// With the alert's <paramref name="responses"/> and the <paramref name="reader"/>'s agency, it
    /// says who acknowledged it and whether it is still open for the reader.
    /// </summary>
    public static AlertLine From(
        StoredAlert stored,
        RuleBook rules,
        Func<AgencyId, string> agencyName,
        Func<PersonId, PersonLink> person,
        DateOnly today,
        IReadOnlyList<AlertAction>? responses = null,
        AgencyId? reader = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(agencyName);
        ArgumentNullException.ThrowIfNull(person);
        var alert = stored.Alert;
        responses ??= [];
        var overdueDays = alert.Due is { } due && due < today ? today.DayNumber - due.DayNumber : 0;
        return new AlertLine(
            alert.Rule,
            rules.Title(alert.Rule),
            alert.RaisedOn,
            alert.Due,
            overdueDays > 0,
            alert.Message,
            alert.Subjects.Select(person).ToList(),
            alert.Notify.Select(agencyName).ToList())
        {
            Id = stored.Id,
            OverdueDays = overdueDays,
            Responses = responses.Select(r => new AlertResponse(r.Kind, r.User, agencyName(r.Agency), r.At, r.Note)).ToList(),
            RespondAs = reader is { } own && alert.Notify.Contains(own) ? own : null,
            IsOpen = reader is not { } agency || !responses.Any(r => r.Agency == agency && r.Kind == AlertActionKind.Acknowledged),
        };
    }

    /// <summary>Overdue alerts first, the longest overdue at the top; then the rest, newest first.</summary>
    public static IReadOnlyList<AlertLine> MostUrgentFirst(IEnumerable<AlertLine> lines) =>
        lines
            .OrderByDescending(l => l.IsOverdue)
            .ThenBy(l => l.IsOverdue ? l.Due : null)
            .ThenByDescending(l => l.RaisedOn)
            .ThenByDescending(l => l.Id)
            .ToList();
}
