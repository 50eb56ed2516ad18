using Sightline.Core.Cases;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Web.Genogram;
using Sightline.Web.Presentation;

namespace Sightline.Web.Children;

/// <summary>
/// The people around a child in a folded case: whom the child lives with now, and the wider family
/// (parents, siblings, step-parents, carers, parents' partners, grandparents) wherever they live,
/// each with what agencies know about them.
/// </summary>
internal sealed class FamilyCircle(CaseState state, PersonId child, CaseNames names, DateOnly today)
{
    /// <summary>Everyone related to the child or living with them, each once, with their relationship in words.</summary>
    public IReadOnlyList<FamilyMember> Everyone()
    {
        var household = state.HouseholdOf(child).ToHashSet();
        return Relatives()
            .Concat(household.Where(p => p != child).Select(p => (Person: p, Relationship: Words.Role(state.RoleOf(p)))))
            .DistinctBy(r => r.Person)
            .Select(r => Member(r.Person, r.Relationship, household.Contains(r.Person)))
            .OrderByDescending(m => m.LivesWithChild)
            .ThenBy(m => m.Person.IsChild)
            .ThenBy(m => m.Person.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The child themselves, as the genogram's centre.</summary>
    public FamilyMember Subject() => Member(child, "this child", livesWithChild: true);

    /// <summary>The lines between <paramref name="people"/>: each parent to their child, and partners.</summary>
    public IReadOnlyList<GenogramTie> Ties(IReadOnlyCollection<PersonId> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var drawn = people.ToHashSet();
        var parentTies = drawn.SelectMany(p => state.ParentsOf(p).Where(drawn.Contains).Select(parent => new GenogramTie(parent, p, IsPartnership: false)));
        var partnerTies = state.Relationships
            .Where(r => r.Type == RelationshipType.Partner && drawn.Contains(r.From) && drawn.Contains(r.To))
            .Select(r => new GenogramTie(r.From, r.To, IsPartnership: true));
        return parentTies.Concat(partnerTies).Distinct().ToList();
    }

    private IEnumerable<(PersonId Person, string Relationship)> Relatives()
    {
        var parents = state.ParentsOf(child).ToList();
        foreach (var parent in parents)
        {
            yield return (parent, ParentWord(parent));
        }
        foreach (var r in state.Relationships.Where(r => r.To == child))
        {
            switch (r.Type)
            {
                case RelationshipType.StepParent: yield return (r.From, "step-parent"); break;
                case RelationshipType.Carer: yield return (r.From, "carer"); break;
                case RelationshipType.Grandparent: yield return (r.From, "grandparent"); break;
                default: break;
            }
        }
        foreach (var sibling in state.SiblingsOf(child))
        {
            yield return (sibling, "sibling");
        }
        foreach (var parent in parents)
        {
            foreach (var grandparent in state.ParentsOf(parent))
            {
                yield return (grandparent, $"grandparent ({names.Person(parent)}'s parent)");
            }
            foreach (var partner in PartnersOf(parent).Where(p => !parents.Contains(p)))
            {
                yield return (partner, $"{names.Person(parent)}'s partner");
            }
        }
    }

    private IEnumerable<PersonId> PartnersOf(PersonId adult) =>
        state.Relationships
            .Where(r => r.Type == RelationshipType.Partner && (r.From == adult || r.To == adult))
            .Select(r => r.From == adult ? r.To : r.From);

    private string ParentWord(PersonId parent) => state.RoleOf(parent) switch
    {
        PersonRole.Mother => "mother",
        PersonRole.Father => "father",
        _ => "parent",
    };

    private FamilyMember Member(PersonId person, string relationship, bool livesWithChild)
    {
        var known = state.KnownFactsAbout(person).ToList();
        var facts = known
            .Select(f => new KnownFact(Words.Fact(f.Fact), f.KnownTo.Select(names.Agency).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(f => f.Fact, StringComparer.Ordinal)
            .ToList();
        var knownTo = state.EventsAbout(person).Select(r => r.Event.Agency)
            .Concat(known.SelectMany(f => f.KnownTo))
            .Distinct()
            .Select(names.Agency)
            .Order(StringComparer.Ordinal)
            .ToList();
        var generation = Generation(person, relationship);
        var close = livesWithChild || generation == -1;
        var childFacing = state.EventsAbout(child).Select(r => r.Event.Agency).ToHashSet();
        return new FamilyMember(
            new PersonLink(person, names.Person(person), state.IsChild(person)),
            relationship,
            state.BornOn(person) is { } born ? Words.Age(born, today) : state.IsUnborn(person) ? "unborn" : null,
            livesWithChild,
            state.AreaOf(person),
            facts)
        {
            Sex = state.PersonOf(person).Sex,
            Generation = generation,
            KnownTo = knownTo,
            IsUnseen = state.IsAdult(person) && close && !known.SelectMany(f => f.KnownTo).Concat(state.EventsAbout(person).Select(r => r.Event.Agency)).Any(childFacing.Contains),
        };
    }

    /// <summary>Grandparents two generations up, parents and the adults around them one, children level with the child.</summary>
    private int Generation(PersonId person, string relationship)
    {
        if (state.IsChild(person))
        {
            return 0;
        }
        return relationship.StartsWith("grandparent", StringComparison.Ordinal) || state.RoleOf(person) == PersonRole.Grandparent ? -2 : -1;
    }
}
