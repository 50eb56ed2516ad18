using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.SocialCare;

/// <summary>
/// Early help after a referral: a first home visit, a team-around-the-family meeting, the early
/// help worker every few weeks and a family support volunteer most weeks, then a closing review.
/// </summary>
internal static class EarlyHelpWork
{
    public static void Write(FamilyContext ctx, DateOnly referred, int months)
    {
        var earlyHelp = ctx.Agency(AgencyKind.EarlyHelp, referred);
        var voluntary = ctx.Agency(AgencyKind.Voluntary, referred);
        var children = ctx.Family.ChildrenAt(referred);
        if (children.Count == 0)
        {
            return;
        }
        var seen = FamilySketch.Ids([.. children, ctx.Family.Mother]);
        var first = Weekdays.Add(referred, ctx.Random.Between(5, 10));
        ctx.Add(new Contact { Date = first, Agency = earlyHelp, Subjects = seen, Mode = ContactMode.HomeVisit, ChildSeen = true });
        var ends = CaseWork.WeekdayOnOrBefore(referred.AddMonths(months));
        TeamAroundTheFamily(ctx, Weekdays.Add(first, ctx.Random.Between(10, 20)), earlyHelp, voluntary);
        for (var day = Weekdays.Add(first, ctx.Random.Between(15, 25)); day < ends; day = Weekdays.Add(day, ctx.Random.Between(15, 25)))
        {
            ctx.Add(new Contact { Date = day, Agency = earlyHelp, Subjects = seen, Mode = ContactMode.HomeVisit, ChildSeen = true });
        }
        for (var day = Weekdays.Add(first, ctx.Random.Between(7, 12)); day < ends; day = Weekdays.Add(day, ctx.Random.Between(5, 10)))
        {
            ctx.Add(new Contact { Date = day, Agency = voluntary, Subjects = seen, Mode = ContactMode.HomeVisit, ChildSeen = true });
        }
        TeamAroundTheFamily(ctx, ends, earlyHelp, voluntary);
    }

    private static void TeamAroundTheFamily(FamilyContext ctx, DateOnly day, AgencyId earlyHelp, AgencyId voluntary)
    {
        var children = ctx.Family.ChildrenAt(day);
        var invited = new List<AgencyId> { earlyHelp, voluntary };
        invited.Add(children.Any(c => c.AgeInDays(day) < 5 * 365) ? ctx.Agency(AgencyKind.HealthVisiting, day) : ctx.Agency(AgencyKind.Education, day));
        var attended = invited.Where(a => a == earlyHelp || ctx.Random.Chance(0.75)).ToList();
        ctx.Add(new Meeting { Date = day, Agency = earlyHelp, Subjects = FamilySketch.Ids(children), Type = MeetingType.Professionals, Invited = invited, Attended = attended });
    }
}
