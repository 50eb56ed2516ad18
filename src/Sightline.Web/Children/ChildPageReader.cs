using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Protocols;
using Sightline.Storage.Queries;
using Sightline.Web.Access;
using Sightline.Web.Alerts;
using Sightline.Web.Chronology;
using Sightline.Web.Genogram;
using Sightline.Web.Presentation;

namespace Sightline.Web.Children;

/// <summary>
/// Reads a child's page: the family's stored history folded into case state (household, plans,
/// involvement, who knows what), the chronology built from the same events, and the alerts and
/// open obligations the live protocols stored.
/// </summary>
internal sealed class ChildPageReader(SightlineStore store, SightlineAlerts alerts, RuleBook rules, TimeProvider clock)
{
    /// <summary>The page of a child, born or unborn, by any of their records; null when no such child is stored.</summary>
    public Task<ChildView?> ReadAsync(PersonId record, CancellationToken cancellationToken) => ReadAsync(record, null, null, cancellationToken);

    /// <summary>The page of a child as a reader of <paramref name="reader"/> sees it (see <see cref="ReadAsync(PersonId, AgencyId?, FamilyRecord?, CancellationToken)"/>).</summary>
    public Task<ChildView?> ReadAsync(PersonId record, AgencyId? reader, CancellationToken cancellationToken) => ReadAsync(record, reader, null, cancellationToken);

    /// <summary>
    /// The page of a child as a reader of <paramref name="reader"/> sees it: the alerts say which
    /// the reader's agency may acknowledge and which it already has.
    /// </summary>
    /// <param name="record">Any of the child's records.</param>
    /// <param name="reader">The reader's agency, if any.</param>
    /// <param name="family">The child's family record when this request has loaded it already (<see cref="OpenedFamily"/>); else it is loaded.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<ChildView?> ReadAsync(PersonId record, AgencyId? reader, FamilyRecord? family, CancellationToken cancellationToken)
    {
        family = family is not null && family.Network.Contains(record) ? family : await store.LoadFamilyRecordAsync(record, cancellationToken);
        if (family is null)
        {
            return null;
        }
        // Any agency's record of the child opens the page of the child as resolved.
        var id = family.Resolved.Resolve(record);
        var history = family.History;
        var state = new CaseState(history);
        foreach (var e in history.Events)
        {
            state.Apply(e);
        }
        if (!state.IsChild(id))
        {
            return null;
        }
        var today = SafeguardingDay.Today(clock);
        var names = CaseNames.Of(state);
        var person = state.PersonOf(id);
        var circle = new FamilyCircle(state, id, names, today);
        var relatives = circle.Everyone();
        var subject = circle.Subject();
        var ties = circle.Ties([id, .. relatives.Select(m => m.Person.Id)]);
        var stored = await alerts.ForPersonAsync(id, cancellationToken);
        var waiting = await alerts.ObligationsForPersonAsync(id, cancellationToken);
        var responses = await alerts.ActionsAsync(stored.Select(a => a.Id), cancellationToken);
        var born = state.BornOn(id);
        return new ChildView
        {
            Id = id,
            Name = names.Person(id),
            NhsNumber = person.NhsNumber?.Formatted,
            Born = born,
            Due = born is null ? Due(state, id) ?? person.Due : null,
            Age = born is { } b ? Words.Age(b, today) : null,
            Area = state.AreaOf(id),
            Housing = state.HousingOf(id) is { } housing ? Words.Of(housing) : null,
            Plans = state.ActivePlansOf(id)
                .Select(p => new PlanBanner(p.Type, p.Category is { } c ? Words.Of(c) : null, p.LocalAuthority, p.Started))
                .ToList(),
            OpenEnquirySince = state.OpenS47Of(id)?.Event.Date,
            Alerts = AlertLines.MostUrgentFirst(stored.Select(a => AlertLines.From(a, rules, names.Agency, s => Link(state, names, s), today, responses.GetValueOrDefault(a.Id), reader))),
            DueSteps = waiting.Select(o => new DueStep(o.Rule, rules.Title(o.Rule), rules.NextStep(o.Rule), o.OpenedOn, o.DueOn)).ToList(),
            KeyContacts = KeyContacts(state, id),
            Subject = subject,
            Genogram = GenogramLayout.Draw(subject, relatives, ties),
            Household = relatives.Where(m => m.LivesWithChild).ToList(),
            WiderFamily = relatives.Where(m => !m.LivesWithChild).ToList(),
            Agencies = state.InvolvementWith(id)
                .Select(i => Involved(state.AgencyOf(i.Key), i.Value))
                .OrderBy(a => a.Since)
                .ThenBy(a => a.Name, StringComparer.Ordinal)
                .ToList(),
            Chronology = ChronologyLines.Of(state, names),
            Today = today,
        };
    }

    /// <summary>The due date the latest pregnancy event gave, which may revise the first recorded one.</summary>
    private static DateOnly? Due(CaseState state, PersonId unborn) =>
        state.History.Select(r => r.Event).OfType<Core.Events.Pregnancy>().LastOrDefault(e => e.Unborn == unborn)?.Due;

    /// <summary>The services a practitioner calls first about a child; midwifery while the child is unborn.</summary>
    private static List<KeyContact> KeyContacts(CaseState state, PersonId child)
    {
        var services = new List<(string Service, AgencyKind Kind)>
        {
            ("Children's social care", AgencyKind.ChildrensSocialCare),
            state.IsUnborn(child) ? ("Midwifery", AgencyKind.Midwifery) : ("Health visiting", AgencyKind.HealthVisiting),
            ("GP", AgencyKind.Gp),
            ("Education", AgencyKind.Education),
        };
        return services
            .Select(s => new KeyContact(s.Service, state.ChildsAgencies(child, s.Kind).Select(a => a.Name).ToList()))
            .Where(c => c.Agencies.Count > 0)
            .ToList();
    }

    private static InvolvedAgency Involved(Core.Agencies.Agency agency, DateOnly since) =>
        new(agency.Id, agency.Name, Words.Kind(agency.Kind), agency.LocalAuthority, since);

    private static PersonLink Link(CaseState state, CaseNames names, PersonId person) =>
        new(person, names.Person(person), state.Persons.Any(p => p.Id == person) && state.IsChild(person));
}
