using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.SocialCare;

/// <summary>
/// Chooses and writes the social care story of a family that has one. A family whose history
/// leaves no room for its story (no child yet, too little time) stays with universal services,
/// and its involvement says so.
/// </summary>
internal static class SocialCareTrack
{
    private static readonly string[] InjuryExplanations =
    [
        "Mother thinks the baby caught herself with her own fingernails.",
        "Father said he may have held him too firmly during a nappy change.",
    ];

    public static void Write(FamilyContext ctx)
    {
        var family = ctx.Family;
        if (family.Involvement == Involvement.Universal)
        {
            return;
        }
        var careLeaverPregnancy = family.Involvement == Involvement.Assessed
            ? family.Pregnancies.FirstOrDefault(p => p.Booked >= family.HistoryStart.AddDays(30) && p.Booked <= ctx.End.AddDays(-60)
                && p.Mother.AgeInDays(p.Booked) < 25 * 365)
            : null;
        if (careLeaverPregnancy is not null && ctx.Random.Chance(0.4))
        {
            AssessmentWork.WriteCareLeaverPregnancy(ctx, careLeaverPregnancy);
            return;
        }
        var needsBornChild = family.Involvement is Involvement.EarlyHelp or Involvement.Assessed or Involvement.ChildInNeed;
        if (PickDay(ctx, needsBornChild) is not { } day)
        {
            family.Involvement = Involvement.Universal;
            return;
        }
        switch (family.Involvement)
        {
            case Involvement.EarlyHelp:
                WriteEarlyHelp(ctx, day);
                break;
            case Involvement.Assessed:
            case Involvement.ChildInNeed:
                AssessmentWork.Write(ctx, day, family.Involvement);
                break;
            default:
                ChildProtectionWork.Write(ctx, ChooseProtectionCase(ctx, day));
                break;
        }
    }

    /// <summary>A weekday with a child (or a known pregnancy) in the family and time left for the story.</summary>
    private static DateOnly? PickDay(FamilyContext ctx, bool needsBornChild)
    {
        var family = ctx.Family;
        var firstChild = family.Children.Where(c => c.DateOfBirth is not null).Select(c => c.DateOfBirth!.Value).DefaultIfEmpty(DateOnly.MaxValue).Min();
        var firstPregnancy = needsBornChild ? DateOnly.MaxValue : family.Pregnancies.Select(p => p.Booked).DefaultIfEmpty(DateOnly.MaxValue).Min();
        var firstPresent = new[] { firstChild, firstPregnancy }.Min();
        if (firstPresent == DateOnly.MaxValue)
        {
            return null;
        }
        var earliest = new[] { family.HistoryStart.AddDays(45), firstPresent.AddDays(14) }.Max();
        var latest = ctx.End.AddDays(-60);
        return earliest > latest ? null : Weekdays.OnOrAfter(ctx.Random.DayBetween(earliest, latest));
    }

    private static void WriteEarlyHelp(FamilyContext ctx, DateOnly day)
    {
        var young = ctx.Family.ChildrenAt(day).Any(c => c.AgeInDays(day) < 5 * 365);
        var referrer = ctx.Agency(young ? Core.Agencies.AgencyKind.HealthVisiting : Core.Agencies.AgencyKind.Education, day);
        var concern = young ? "parenting support: sleep, routines and feeding" : "school attendance and behaviour at home";
        ctx.Add(new Referral { Date = day, Agency = referrer, Subjects = ctx.HouseholdIds(day), To = ctx.Agency(Core.Agencies.AgencyKind.EarlyHelp, day), Concern = concern });
        EarlyHelpWork.Write(ctx, day, ctx.Random.Between(3, 6));
    }

    /// <summary>
    /// A bruised young baby where there is one (most enquiries then end without a plan), else
    /// domestic abuse where there is a man in the children's lives, neglect or a parent's drug use.
    /// </summary>
    private static ProtectionCase ChooseProtectionCase(FamilyContext ctx, DateOnly day)
    {
        var family = ctx.Family;
        var baby = family.Pregnancies.Select(p => p.Baby).FirstOrDefault(b => b.DateOfBirth is { } born
            && born.AddDays(60) >= family.HistoryStart.AddDays(45) && born.AddDays(160) <= ctx.End.AddDays(-60));
        if (baby is not null && ctx.Random.Chance(0.3))
        {
            var injuryDay = Weekdays.OnOrAfter(baby.DateOfBirth!.Value.AddDays(ctx.Random.Between(60, 160)));
            var draw = ctx.Random.NextDouble();
            return new ProtectionCase(injuryDay, Concern.InjuryToBaby)
            {
                Explanation = ctx.Random.Chance(0.6) ? ctx.Random.Pick(InjuryExplanations) : null,
                Conclusion = draw < 0.5 ? S47Outcome.NoFurtherAction : draw < 0.8 ? S47Outcome.ChildInNeed : S47Outcome.Icpc,
                PlanMonths = ctx.Random.Between(6, 12),
            };
        }
        var man = family.Father is not null || (family.Partner is { } p && family.LivesWithChildren(p, day));
        var pick = ctx.Random.NextDouble();
        var concern = man && pick < 0.35 ? Concern.DomesticAbuse : pick < 0.75 ? Concern.Neglect : Concern.ParentalSubstanceMisuse;
        return new ProtectionCase(day, concern)
        {
            Conclusion = ctx.Random.Chance(0.8) ? S47Outcome.Icpc : S47Outcome.ChildInNeed,
            PlanMonths = ctx.Random.Between(6, 14),
        };
    }
}
