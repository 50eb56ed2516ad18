using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Persons;

namespace Sightline.Web.Presentation;

/// <summary>The names of a case's agencies and persons, for the sentences a page shows.</summary>
internal sealed class CaseNames
{
    private readonly Dictionary<AgencyId, Agency> agencies;
    private readonly Dictionary<PersonId, Person> persons;

    public CaseNames(IEnumerable<Agency> agencies, IEnumerable<Person> persons)
    {
        this.agencies = agencies.ToDictionary(a => a.Id);
        this.persons = persons.ToDictionary(p => p.Id);
    }

    /// <summary>The names of a folded case.</summary>
    public static CaseNames Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new CaseNames(state.Agencies, state.Persons);
    }

    /// <summary>An agency's name; its id when the case does not know it.</summary>
    public string Agency(AgencyId id) => agencies.TryGetValue(id, out var agency) ? agency.Name : id.Value;

    /// <summary>Agencies' names as a sentence.</summary>
    public string Agencies(IEnumerable<AgencyId> ids, string none = "no agency") => Words.List(ids.Select(Agency), none);

    /// <summary>
    /// A person's name where recorded; otherwise the last part of their id, which in scenario
    /// files is the author's name for them ("mother", "sibling", "baby-r").
    /// </summary>
    public string Person(PersonId id) => persons.TryGetValue(id, out var person) && person.Name is { } name ? name : Unnamed(id);

    /// <summary>Persons' names as a sentence.</summary>
    public string Persons(IEnumerable<PersonId> ids) => Words.List(ids.Select(Person), "no one");

    /// <summary>The name shown for a person whose name is not recorded.</summary>
    public static string Unnamed(PersonId id)
    {
        var dot = id.Value.LastIndexOf('.');
        return dot < 0 ? id.Value : id.Value[(dot + 1)..];
    }
}
