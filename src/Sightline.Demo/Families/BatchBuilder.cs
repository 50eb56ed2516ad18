using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Intake;
using Sightline.Core.Relationships;

namespace Sightline.Demo.Families;

/// <summary>Turns a written family into the intake batch its agencies would send: persons, relationships, households, events.</summary>
internal static class BatchBuilder
{
    public static IntakeBatch Build(FamilyContext ctx)
    {
        var family = ctx.Family;
        var startArea = family.Residences[0].Area;
        var events = ctx.Timeline.Sourced();
        var history = family.Everyone.SelectMany(m => m.History).SelectMany(f => f.KnownTo);
        var used = events.SelectMany(e => AgenciesIn(e.Event)).Concat(history).ToHashSet();
        // A generated family is one record per person already; the agency records of the same
        // people that identity resolution must find come in batches of their own.
        return new IntakeBatch
        {
            PersonsAlreadyResolved = true,
            Agencies = ctx.Catalogue.Agencies.Where(a => used.Contains(a.Id)).ToList(),
            Persons = family.Everyone.Select(m => m.ToPerson(startArea)).ToList(),
            Relationships = Relationships(family),
            Households = Households(family),
            Events = events,
        };
    }

    /// <summary>Every agency an event names: its recorder and any it refers, invites, tells or asks.</summary>
    public static IEnumerable<AgencyId> AgenciesIn(CaseEvent caseEvent)
    {
        IEnumerable<AgencyId> named = caseEvent switch
        {
            Referral r => [r.To],
            RecordsRequested r => [r.To],
            InformationShared s => s.To,
            StrategyDiscussion s => s.Invited.Concat(s.Attended),
            Conference c => c.Invited.Concat(c.Attended),
            Meeting m => m.Invited.Concat(m.Attended),
            SafetyPlan p => p.SharedWith,
            Escalation e => [e.About],
            Moved { ArrangedBy: { } by } => [by],
            _ => [],
        };
        return named.Prepend(caseEvent.Agency);
    }

    private static List<Relationship> Relationships(FamilySketch family)
    {
        var relationships = new List<Relationship>();
        foreach (var child in family.Children)
        {
            relationships.Add(new Relationship(family.Mother.Id, child.Id, RelationshipType.Parent));
            if (family.Father is { } father)
            {
                relationships.Add(new Relationship(father.Id, child.Id, RelationshipType.Parent));
            }
            if (family.Grandparent is { } grandparent)
            {
                relationships.Add(new Relationship(grandparent.Id, child.Id, RelationshipType.Grandparent));
            }
        }
        if (family is { Father: { } f, FatherLiving: FatherLiving.Resident or FatherLiving.LeavesHome })
        {
            relationships.Add(new Relationship(family.Mother.Id, f.Id, RelationshipType.Partner));
        }
        if (family.Partner is { } partner)
        {
            relationships.Add(new Relationship(family.Mother.Id, partner.Id, RelationshipType.Partner));
        }
        for (var i = 0; i < family.Children.Count; i++)
        {
            for (var j = i + 1; j < family.Children.Count; j++)
            {
                relationships.Add(new Relationship(family.Children[i].Id, family.Children[j].Id, RelationshipType.Sibling));
            }
        }
        return relationships;
    }

    /// <summary>Before the first event: the mother's home (with every unborn baby, as the format asks), and the homes of a father or partner living elsewhere.</summary>
    private static List<Household> Households(FamilySketch family)
    {
        var start = family.HistoryStart;
        var home = family.AdultsAt(start).Concat(family.Children.Where(c => c.IsBornBy(start) || c.Role == Core.Persons.PersonRole.Unborn));
        var households = new List<Household> { new(FamilySketch.Ids(home)) };
        households.AddRange(new[] { family.Father, family.Partner }
            .OfType<Member>()
            .Where(adult => !family.LivesWithChildren(adult, start))
            .Select(adult => new Household(adult.AsSubjects)));
        return households;
    }
}
