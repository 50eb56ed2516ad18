using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.SocialCare;

/// <summary>
/// A child protection case from concern to step-down: strategy discussion, section 47 enquiry with
/// a safety plan, medical and imaging after an injury, assessment, initial conference, the plan with
/// visits, core groups, supervision and review conferences, and step-down to a child in need plan.
/// The plan stays with the area that started it, wherever the family goes.
/// </summary>
internal static class ChildProtectionWork
{
    public static void Write(FamilyContext ctx, ProtectionCase story)
    {
        var area = ctx.Family.AreaOn(story.Day);
        var csc = ctx.AgencyIn(area, AgencyKind.ChildrensSocialCare);
        var conduct = story.Conduct;
        Concerns.Raise(ctx, story, area);

        var strategyDay = story.Concern == Concern.InjuryToBaby ? story.Day : Weekdays.Add(story.Day, ctx.Random.Between(1, 2));
        var children = CaseWork.ChildrenOfConcern(ctx, strategyDay);
        var subjects = FamilySketch.Ids(children);
        var invited = CaseWork.Invitees(ctx, strategyDay, area, conduct.InvitesGpToStrategy);
        var attended = CaseWork.Attending(ctx, invited);
        ctx.Add(new StrategyDiscussion { Date = strategyDay, Agency = csc, Subjects = subjects, Invited = invited, Attended = attended, Outcome = StrategyOutcome.S47 });
        ctx.Add(new S47Started { Date = strategyDay, Agency = csc, Subjects = subjects });
        ctx.Add(conduct.WritesSafetyPlan
            ? new SafetyPlan { Date = strategyDay, Agency = csc, Subjects = subjects, Written = true, SharedWith = attended.Where(a => a != csc).ToList() }
            : new SafetyPlan { Date = strategyDay, Agency = csc, Subjects = subjects, Written = false, SharedWith = [], Note = "Verbal agreement with the parents; nothing written or sent to partners." });
        if (story.Concern == Concern.InjuryToBaby)
        {
            WriteHospitalStay(ctx, story);
        }
        CaseWork.RequestRecords(ctx, Weekdays.Add(strategyDay, ctx.Random.Between(1, 3)), area, conduct);

        var concluded = Weekdays.Add(strategyDay, ctx.Random.Between(6, 9));
        CaseWork.Assess(ctx, concluded, csc, conduct);
        ctx.Add(new S47Concluded { Date = concluded, Agency = csc, Subjects = subjects, Outcome = story.Conclusion });
        switch (story.Conclusion)
        {
            case S47Outcome.Icpc:
                var conference = Weekdays.Add(strategyDay, ctx.Random.Between(10, 13));
                new ProtectionPlan(ctx, story, area, children).Write(conference);
                break;
            case S47Outcome.ChildInNeed:
                ChildInNeedWork.Write(ctx, area, Weekdays.Add(concluded, ctx.Random.Between(2, 6)), children, ctx.Random.Between(4, 8));
                break;
            default:
                if (ctx.Random.Chance(0.5))
                {
                    var referral = Weekdays.Add(concluded, 1);
                    ctx.Add(new Referral { Date = referral, Agency = csc, Subjects = subjects, To = ctx.AgencyIn(area, AgencyKind.EarlyHelp), Concern = "step-down after section 47: support with parenting a new baby" });
                    EarlyHelpWork.Write(ctx, referral, ctx.Random.Between(3, 5));
                }
                break;
        }
    }

    /// <summary>
    /// After a bruise: a skeletal survey the next day, reported with the images or left
    /// unreported for two weeks and more; home after two nights.
    /// </summary>
    private static void WriteHospitalStay(FamilyContext ctx, ProtectionCase story)
    {
        var day = story.Day;
        var baby = ctx.Family.ChildrenAt(day).MinBy(c => c.AgeInDays(day))!;
        var survey = day.AddDays(1);
        var radiology = ctx.Agency(AgencyKind.Radiology, survey);
        if (story.Conduct.ReportsSurveyPromptly)
        {
            ctx.Add(new Imaging { Date = survey, Agency = radiology, Subjects = baby.AsSubjects, Study = ImagingStudy.SkeletalSurvey, Reported = true, Findings = "no fractures seen" });
        }
        else
        {
            ctx.Add(new Imaging { Date = survey, Agency = radiology, Subjects = baby.AsSubjects, Study = ImagingStudy.SkeletalSurvey, Reported = false });
            var reported = survey.AddDays(ctx.Random.Between(15, 19));
            ctx.Add(new ImagingReported { Date = reported, Agency = radiology, Subjects = baby.AsSubjects, Study = ImagingStudy.SkeletalSurvey, Findings = "healing fractures of the posterior ribs" });
            ctx.Add(new Injury { Date = reported, Agency = ctx.Agency(AgencyKind.HospitalPaediatrics, reported), Subjects = baby.AsSubjects, Type = InjuryType.Fracture, Site = "posterior ribs (healing)" });
        }
        ctx.Add(new Discharged { Date = day.AddDays(2), Agency = ctx.Agency(AgencyKind.HospitalPaediatrics, day), Subjects = baby.AsSubjects, Reason = "home to parents" });
    }
}
