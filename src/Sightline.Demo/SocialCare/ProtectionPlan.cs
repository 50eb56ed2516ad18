using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.SocialCare;

/// <summary>
/// One child protection plan: the initial (or pre-birth) conference, weekly visits, core groups,
/// supervision and review conferences, ending at the review that steps it down.
/// </summary>
internal sealed class ProtectionPlan(FamilyContext ctx, ProtectionCase story, string area, IReadOnlyList<Member> children)
{
    private readonly AgencyId _csc = ctx.AgencyIn(area, AgencyKind.ChildrensSocialCare);

    public void Write(DateOnly conferenceDay)
    {
        var prebirth = children.All(c => !c.IsBornBy(conferenceDay));
        var subjects = FamilySketch.Ids(children);
        Conference(conferenceDay, prebirth ? ConferenceType.PreBirth : ConferenceType.Initial);
        ctx.Add(new PlanStarted
        {
            Date = conferenceDay, Agency = _csc, Subjects = subjects, LocalAuthority = area,
            Plan = prebirth ? PlanType.PreBirthChildProtection : PlanType.ChildProtection,
            Category = CategoryOf(story.Concern),
        });

        var ends = ReviewsUntil(conferenceDay, conferenceDay.AddMonths(story.PlanMonths));
        CaseWork.Visit(ctx, _csc, children, Weekdays.Add(conferenceDay, ctx.Random.Between(3, 6)), ends, 4, 7);
        Meetings(conferenceDay, ends);
        if (ends > ctx.End)
        {
            return;
        }
        var approved = story.Conduct.ApprovesStepDown;
        ctx.Add(new PlanEnded
        {
            Date = ends, Agency = _csc, Subjects = subjects,
            Plan = children.All(c => c.IsBornBy(ends)) ? PlanType.ChildProtection : PlanType.PreBirthChildProtection,
            StepDownTo = StepDown.ChildInNeed, ManagerApproved = approved,
            Rationale = approved ? "Review conference agreed risks reduced: home conditions and engagement sustained; team manager approved." : null,
        });
        ChildInNeedWork.Write(ctx, area, ends, children, ctx.Random.Between(3, 6));
    }

    private static PlanCategory CategoryOf(Concern concern) => concern switch
    {
        Concern.DomesticAbuse => PlanCategory.Emotional,
        Concern.InjuryToBaby => PlanCategory.Physical,
        Concern.ParentalSubstanceMisuse => PlanCategory.Multiple,
        _ => PlanCategory.Neglect,
    };

    /// <summary>Review conferences within three months of the first, then within six; the plan ends at the first review after its intended length.</summary>
    private DateOnly ReviewsUntil(DateOnly conferenceDay, DateOnly intendedEnd)
    {
        var review = CaseWork.WeekdayOnOrBefore(conferenceDay.AddMonths(3).AddDays(-ctx.Random.Between(3, 15)));
        while (true)
        {
            Conference(review, ConferenceType.Review);
            if (review >= intendedEnd || review > ctx.End)
            {
                return review;
            }
            review = CaseWork.WeekdayOnOrBefore(review.AddMonths(6).AddDays(-ctx.Random.Between(5, 25)));
        }
    }

    private void Conference(DateOnly day, ConferenceType type)
    {
        var invited = CaseWork.Invitees(ctx, day, area, includeGp: true);
        ctx.Add(new Conference
        {
            Date = day, Agency = _csc, Subjects = FamilySketch.Ids(children), Type = type, LocalAuthority = area,
            Invited = invited, Attended = CaseWork.Attending(ctx, invited),
        });
    }

    /// <summary>Core groups every five or six weeks and monthly supervision of the social worker.</summary>
    private void Meetings(DateOnly conferenceDay, DateOnly ends)
    {
        var subjects = FamilySketch.Ids(children);
        for (var day = Weekdays.Add(conferenceDay, ctx.Random.Between(8, 10)); day < ends; day = Weekdays.Add(day, ctx.Random.Between(25, 30)))
        {
            var invited = CaseWork.Invitees(ctx, day, area, includeGp: true);
            ctx.Add(new Meeting { Date = day, Agency = _csc, Subjects = subjects, Type = MeetingType.CoreGroup, Invited = invited, Attended = CaseWork.Attending(ctx, invited) });
        }
        for (var day = Weekdays.Add(conferenceDay, ctx.Random.Between(15, 22)); day < ends; day = Weekdays.Add(day, ctx.Random.Between(18, 24)))
        {
            ctx.Add(new Supervision { Date = day, Agency = _csc, Subjects = subjects, Reflective = ctx.Random.Chance(0.7) });
        }
        if (ctx.Random.Chance(0.15))
        {
            Disagreement(Weekdays.Add(conferenceDay, ctx.Random.Between(20, 60)), subjects);
        }
    }

    /// <summary>The health visitor challenges social care's plan at stage 1, and it is settled within days, as the escalation policy asks.</summary>
    private void Disagreement(DateOnly raised, IReadOnlyList<Core.Persons.PersonId> subjects)
    {
        var hv = ctx.Agency(AgencyKind.HealthVisiting, raised);
        ctx.Add(new Escalation { Date = raised, Agency = hv, Subjects = subjects, Stage = 1, Status = EscalationStatus.Raised, About = _csc, Note = "Health visitor disagrees that home conditions have improved." });
        ctx.Add(new Escalation { Date = Weekdays.Add(raised, ctx.Random.Between(1, 3)), Agency = hv, Subjects = subjects, Stage = 1, Status = EscalationStatus.Resolved, About = _csc });
    }
}
