using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.SocialCare;

/// <summary>A child in need plan: visits every three to five weeks, child in need meetings, and a closure a manager signs off.</summary>
internal static class ChildInNeedWork
{
    public static void Write(FamilyContext ctx, string area, DateOnly start, IReadOnlyList<Member> children, int months)
    {
        var csc = ctx.AgencyIn(area, AgencyKind.ChildrensSocialCare);
        var subjects = FamilySketch.Ids(children);
        ctx.Add(new PlanStarted { Date = start, Agency = csc, Subjects = subjects, Plan = PlanType.ChildInNeed, LocalAuthority = area });
        var ends = CaseWork.WeekdayOnOrBefore(start.AddMonths(months));
        CaseWork.Visit(ctx, csc, children, Weekdays.Add(start, ctx.Random.Between(5, 10)), ends, 15, 25);
        for (var day = Weekdays.Add(start, ctx.Random.Between(20, 30)); day < ends; day = Weekdays.Add(day, ctx.Random.Between(30, 40)))
        {
            var invited = CaseWork.Invitees(ctx, day, area, includeGp: true);
            ctx.Add(new Meeting { Date = day, Agency = csc, Subjects = subjects, Type = MeetingType.Professionals, Invited = invited, Attended = CaseWork.Attending(ctx, invited) });
        }
        var toEarlyHelp = ctx.Random.Chance(0.5);
        ctx.Add(new PlanEnded
        {
            Date = ends, Agency = csc, Subjects = subjects, Plan = PlanType.ChildInNeed,
            StepDownTo = toEarlyHelp ? StepDown.EarlyHelp : StepDown.None, ManagerApproved = true,
            Rationale = toEarlyHelp ? "Plan outcomes met; family agrees to early help support." : "Plan outcomes met; no further involvement needed.",
        });
    }
}
