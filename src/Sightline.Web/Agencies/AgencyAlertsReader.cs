using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Protocols;
using Sightline.Web.Alerts;
using Sightline.Web.Presentation;

namespace Sightline.Web.Agencies;

/// <summary>Reads the agencies and the alerts addressed to each, for the agencies pages.</summary>
internal sealed class AgencyAlertsReader(SightlineStore store, SightlineAlerts alerts, RuleBook rules, TimeProvider clock)
{
    /// <summary>The newest alerts read for one agency: a working list, not an archive.</summary>
    public const int Limit = 500;

    /// <summary>Every agency, by area and name.</summary>
    public async Task<IReadOnlyList<AgencyListing>> ListAsync(CancellationToken cancellationToken) =>
        (await store.ListAgenciesAsync(cancellationToken)).Select(Listing).ToList();

    /// <summary>An agency's alerts, those <paramref name="show"/> asks for; null for an agency the store does not know.</summary>
    public async Task<AgencyAlertsView?> ReadAsync(AgencyId id, AlertShow show, CancellationToken cancellationToken)
    {
        var agencies = (await store.ListAgenciesAsync(cancellationToken)).ToDictionary(a => a.Id);
        if (!agencies.TryGetValue(id, out var agency))
        {
            return null;
        }
        var stored = await alerts.ForAgencyAsync(id, Limit, cancellationToken);
        var responses = await alerts.ActionsAsync(stored.Select(a => a.Id), cancellationToken);
        var people = await PeopleAsync(stored.SelectMany(a => a.Alert.Subjects).Distinct(), cancellationToken);
        var today = SafeguardingDay.Today(clock);
        var lines = stored.Select(a => AlertLines.From(
            a,
            rules,
            notified => agencies.TryGetValue(notified, out var n) ? n.Name : notified.Value,
            person => people[person],
            today,
            responses.GetValueOrDefault(a.Id),
            id)).ToList();
        var open = lines.Count(l => l.IsOpen);
        var shown = lines.Where(l => show == AlertShow.All || l.IsOpen == (show == AlertShow.Open));
        return new AgencyAlertsView(Listing(agency), AlertLines.MostUrgentFirst(shown), Limit, show, open, lines.Count - open);
    }

    /// <summary>One alert of an agency, with the agencies' responses; null when the agency is unknown or the alert does not notify it.</summary>
    public async Task<AgencyAlertView?> ReadOneAsync(AgencyId id, long alertId, CancellationToken cancellationToken)
    {
        var agencies = (await store.ListAgenciesAsync(cancellationToken)).ToDictionary(a => a.Id);
        var stored = await alerts.FindAsync(alertId, cancellationToken);
        if (!agencies.TryGetValue(id, out var agency) || stored is null || !stored.Alert.Notify.Contains(id))
        {
            return null;
        }
        var responses = await alerts.ActionsAsync([alertId], cancellationToken);
        var people = await PeopleAsync(stored.Alert.Subjects.Distinct(), cancellationToken);
        var line = AlertLines.From(
            stored,
            rules,
            notified => agencies.TryGetValue(notified, out var n) ? n.Name : notified.Value,
            person => people[person],
            SafeguardingDay.Today(clock),
            responses.GetValueOrDefault(alertId),
            id);
        return new AgencyAlertView(Listing(agency), line, stored.Alert.Subjects);
    }

    /// <summary>Links for the alerts' subjects: children from the child list, adults one by one (few alerts name one).</summary>
    private async Task<Dictionary<PersonId, PersonLink>> PeopleAsync(IEnumerable<PersonId> subjects, CancellationToken cancellationToken)
    {
        var children = (await store.ListChildrenAsync(cancellationToken)).ToDictionary(c => c.Id);
        var links = new Dictionary<PersonId, PersonLink>();
        foreach (var subject in subjects)
        {
            if (children.TryGetValue(subject, out var child))
            {
                links[subject] = new PersonLink(subject, child.Name ?? CaseNames.Unnamed(subject), IsChild: true);
                continue;
            }
            var adult = await store.FindPersonAsync(subject, cancellationToken);
            links[subject] = new PersonLink(subject, adult?.Name ?? CaseNames.Unnamed(subject), IsChild: false);
        }
        return links;
    }

    private static AgencyListing Listing(Agency agency) => new(agency.Id, agency.Name, Words.Kind(agency.Kind), agency.LocalAuthority);
}
