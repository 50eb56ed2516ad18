using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.SocialCare;

/// <summary>The pieces of children's social care work that every pathway shares: who to invite, whom to assess, visiting.</summary>
internal static class CaseWork
{
    /// <summary>The household and any parent living elsewhere: whom a referral and an assessment are about.</summary>
    public static IReadOnlyList<Member> Family(FamilyContext ctx, DateOnly day) =>
        ctx.Family.HouseholdAt(day).Concat(ctx.Family.OtherParents).Distinct().ToList();

    /// <summary>Born children and known unborn on the day.</summary>
    public static IReadOnlyList<Member> ChildrenOfConcern(FamilyContext ctx, DateOnly day) =>
        [.. ctx.Family.ChildrenAt(day), .. ctx.Family.UnbornAt(day)];

    /// <summary>
    /// Who a strategy discussion or conference invites: the area's social care and police, health
    /// visiting for young children, the GP, education for school-age children, and every agency that
    /// recorded anything about the family in the last year, wherever it is.
    /// </summary>
    public static IReadOnlyList<AgencyId> Invitees(FamilyContext ctx, DateOnly day, string area, bool includeGp)
    {
        var invited = new List<AgencyId> { ctx.AgencyIn(area, AgencyKind.ChildrensSocialCare), ctx.AgencyIn(area, AgencyKind.Police) };
        var children = ctx.Family.ChildrenAt(day);
        if (ctx.Family.UnbornAt(day).Count > 0 || children.Any(c => c.AgeInDays(day) < 5 * 365))
        {
            invited.Add(ctx.Agency(AgencyKind.HealthVisiting, day));
        }
        if (includeGp)
        {
            invited.Add(ctx.Agency(AgencyKind.Gp, day));
        }
        if (children.Any(c => c.AgeInDays(day) >= 5 * 365))
        {
            invited.Add(ctx.Agency(AgencyKind.Education, day));
        }
        var persons = Family(ctx, day).Select(m => m.Id).ToHashSet();
        foreach (var agency in ctx.Timeline.AgenciesRecordingAbout(persons, day.AddDays(-365), day))
        {
            if (!invited.Contains(agency) && (includeGp || ctx.Catalogue.ById[agency].Kind != AgencyKind.Gp))
            {
                invited.Add(agency);
            }
        }
        return invited;
    }

    /// <summary>Those who come: social care, police and health visiting always, the others more often than not.</summary>
    public static IReadOnlyList<AgencyId> Attending(FamilyContext ctx, IReadOnlyList<AgencyId> invited) =>
        invited.Where(a => ctx.Catalogue.ById[a].Kind is AgencyKind.ChildrensSocialCare or AgencyKind.Police or AgencyKind.HealthVisiting
            || ctx.Random.Chance(0.6)).ToList();

    /// <summary>Who an assessment covers: everyone, or everyone but the father when fathers are overlooked.</summary>
    public static IReadOnlyList<PersonId> AssessmentIncludes(FamilyContext ctx, DateOnly day, Conduct conduct) =>
        Family(ctx, day).Where(m => conduct.AssessesFathers || m != ctx.Family.Father).Select(m => m.Id).ToList();

    /// <summary>A completed assessment: pre-birth when there is only an unborn baby, else a single assessment.</summary>
    public static void Assess(FamilyContext ctx, DateOnly day, AgencyId csc, Conduct conduct)
    {
        var children = ChildrenOfConcern(ctx, day);
        var type = ctx.Family.ChildrenAt(day).Count == 0 ? AssessmentType.PreBirth : AssessmentType.Single;
        ctx.Add(new Assessment { Date = day, Agency = csc, Subjects = FamilySketch.Ids(children), Type = type, Includes = AssessmentIncludes(ctx, day, conduct) });
    }

    /// <summary>Asks each area the family lived in before for its records.</summary>
    public static void RequestRecords(FamilyContext ctx, DateOnly day, string area, Conduct conduct)
    {
        if (!conduct.RequestsRecords)
        {
            return;
        }
        var csc = ctx.AgencyIn(area, AgencyKind.ChildrensSocialCare);
        var previous = ctx.Family.Residences.Where(r => r.From <= day && r.Area != area).Select(r => r.Area).Distinct();
        foreach (var elsewhere in previous)
        {
            ctx.Add(new RecordsRequested { Date = day, Agency = csc, Subjects = ctx.ChildIds(day), To = ctx.AgencyIn(elsewhere, AgencyKind.ChildrensSocialCare) });
        }
    }

    /// <summary>
    /// Home visits from <paramref name="from"/> to <paramref name="to"/>, every
    /// <paramref name="minGap"/> to <paramref name="maxGap"/> working days. A visit that finds no
    /// one home is followed up within two days. Before a baby is born the visit is to the mother.
    /// </summary>
    public static void Visit(FamilyContext ctx, AgencyId csc, IReadOnlyList<Member> children, DateOnly from, DateOnly to, int minGap, int maxGap)
    {
        // Never two missed visits in a row: the follow-up always finds the family.
        var mayMiss = true;
        for (var day = from; day <= to && day <= ctx.End;)
        {
            var born = children.Where(c => c.IsBornBy(day)).ToList();
            if (born.Count > 0 && mayMiss && ctx.Random.Chance(0.04))
            {
                mayMiss = false;
                ctx.Add(new Contact { Date = day, Agency = csc, Subjects = FamilySketch.Ids(born), Mode = ContactMode.HomeVisit, ChildSeen = false, Outcome = ContactOutcome.NoAccess });
                day = Weekdays.Add(day, ctx.Random.Between(1, 2));
                continue;
            }
            var subjects = born.Count > 0 ? FamilySketch.Ids(born) : ctx.Family.Mother.AsSubjects;
            ctx.Add(new Contact { Date = day, Agency = csc, Subjects = subjects, Mode = ContactMode.HomeVisit, ChildSeen = born.Count > 0 });
            mayMiss = true;
            day = Weekdays.Add(day, ctx.Random.Between(minGap, maxGap));
        }
    }

    /// <summary>The office day on or before a day, so that a deadline is never passed by rounding.</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly day)
    {
        var current = day;
        while (!Weekdays.IsOfficeDay(current))
        {
            current = current.AddDays(-1);
        }
        return current;
    }
}
