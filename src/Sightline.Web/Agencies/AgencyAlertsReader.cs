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

    /// <summary>An agency's alerts; null for an agency the store does not know.</summary>
    public async Task<AgencyAlertsView?> ReadAsync(AgencyId id, CancellationToken cancellationToken)
    {
        var agencies = (await store.ListAgenciesAsync(cancellationToken)).ToDictionary(a => a.Id);
        if (!agencies.TryGetValue(id, out var agency))
        {
            return null;
        }
        var stored = await alerts.ForAgencyAsync(id, Limit, cancellationToken);
        var people = await PeopleAsync(stored.SelectMany(a => a.Alert.Subjects).Distinct(), cancellationToken);
        var today = SafeguardingDay.Today(clock);
        var lines = stored.Select(a => AlertLines.From(
            a,
            rules,
            notified => agencies.TryGetValue(notified, out var n) ? n.Name : notified.Value,
            person => people[person],
            today));
        return new AgencyAlertsView(Listing(agency), AlertLines.MostUrgentFirst(lines), Limit);
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
