using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.SocialCare;

/// <summary>
/// A referral to children's social care that leads to a single assessment, then no further action,
/// early help or a child in need plan; and the pre-birth assessment of a care leaver's pregnancy.
/// </summary>
internal static class AssessmentWork
{
    private static readonly string[] YoungChildConcerns =
    [
        "mother struggling to cope; low mood and isolation",
        "home conditions poor; baby's weight a worry",
        "parents arguing in front of the children; mother asked for help",
    ];

    private static readonly string[] SchoolConcerns =
    [
        "attendance falling; child says there is no food at home",
        "child's behaviour changed; talks of shouting at home",
    ];

    /// <summary>A referral on <paramref name="day"/>, a visit and an assessment, then what follows it.</summary>
    public static void Write(FamilyContext ctx, DateOnly day, Involvement outcome)
    {
        var area = ctx.Family.AreaOn(day);
        var csc = ctx.AgencyIn(area, AgencyKind.ChildrensSocialCare);
        var young = ctx.Family.ChildrenAt(day).Any(c => c.AgeInDays(day) < 5 * 365) || ctx.Family.UnbornAt(day).Count > 0;
        var referrer = young
            ? ctx.Agency(ctx.Random.Chance(0.6) ? AgencyKind.HealthVisiting : AgencyKind.Gp, day)
            : ctx.Agency(ctx.Random.Chance(0.7) ? AgencyKind.Education : AgencyKind.Gp, day);
        var concern = ctx.Random.Pick(young ? YoungChildConcerns : SchoolConcerns);
        ctx.Add(new Referral { Date = day, Agency = referrer, Subjects = FamilySketch.Ids(CaseWork.Family(ctx, day)), To = csc, Concern = concern });
        var visit = Weekdays.Add(day, ctx.Random.Between(3, 7));
        var children = CaseWork.ChildrenOfConcern(ctx, visit);
        ctx.Add(new Contact { Date = visit, Agency = csc, Subjects = ctx.ChildIds(visit), Mode = ContactMode.HomeVisit, ChildSeen = true });
        CaseWork.RequestRecords(ctx, Weekdays.Add(day, ctx.Random.Between(1, 3)), area, Conduct.Good);
        var assessed = Weekdays.Add(day, ctx.Random.Between(15, 35));
        CaseWork.Assess(ctx, assessed, csc, Conduct.Good);
        if (outcome == Involvement.ChildInNeed)
        {
            ChildInNeedWork.Write(ctx, area, Weekdays.Add(assessed, ctx.Random.Between(1, 5)), children, ctx.Random.Between(4, 10));
        }
        else if (ctx.Random.Chance(0.5))
        {
            StepDownToEarlyHelp(ctx, Weekdays.Add(assessed, ctx.Random.Between(1, 3)), csc, area);
        }
    }

    /// <summary>
    /// A care leaver's pregnancy: the leaving care team keeps in touch, midwifery refers at
    /// booking, and social care completes a pre-birth assessment well before the due date.
    /// </summary>
    public static void WriteCareLeaverPregnancy(FamilyContext ctx, PregnancyPlan pregnancy)
    {
        var mother = ctx.Family.Mother;
        var area = ctx.Family.AreaOn(pregnancy.Booked);
        var csc = ctx.AgencyIn(area, AgencyKind.ChildrensSocialCare);
        var leavingCare = ctx.AgencyIn(area, AgencyKind.LeavingCare);
        mother.History.Add(new HistoryFact(HistoryFactKind.CareLeaver, [leavingCare, csc]));
        for (var day = Weekdays.OnOrAfter(ctx.Family.HistoryStart.AddDays(ctx.Random.Between(10, 40))); day <= ctx.End; day = Weekdays.OnOrAfter(day.AddDays(ctx.Random.Between(30, 60))))
        {
            ctx.Add(new Contact { Date = day, Agency = leavingCare, Subjects = mother.AsSubjects, Mode = ctx.Random.Chance(0.5) ? ContactMode.HomeVisit : ContactMode.Phone, ChildSeen = false });
        }
        var referral = Weekdays.Add(pregnancy.Booked, ctx.Random.Between(2, 8));
        ctx.Add(new Referral
        {
            Date = referral, Agency = ctx.Agency(AgencyKind.Midwifery, referral), Subjects = [mother.Id, pregnancy.Baby.Id], To = csc,
            Concern = "care leaver, first pregnancy, little family support",
        });
        var assessed = Weekdays.Add(referral, ctx.Random.Between(20, 35));
        ctx.Add(new Assessment
        {
            Date = assessed, Agency = csc, Subjects = [mother.Id, pregnancy.Baby.Id], Type = AssessmentType.PreBirth,
            Includes = FamilySketch.Ids(CaseWork.Family(ctx, assessed)),
        });
        if (pregnancy.BornOn is { } born && ctx.Random.Chance(0.6))
        {
            StepDownToEarlyHelp(ctx, Weekdays.Add(born, ctx.Random.Between(10, 20)), csc, area);
        }
    }

    private static void StepDownToEarlyHelp(FamilyContext ctx, DateOnly day, AgencyId csc, string area)
    {
        ctx.Add(new Referral { Date = day, Agency = csc, Subjects = ctx.ChildIds(day), To = ctx.AgencyIn(area, AgencyKind.EarlyHelp), Concern = "step-down after assessment: parenting support" });
        EarlyHelpWork.Write(ctx, day, ctx.Random.Between(3, 6));
    }
}
