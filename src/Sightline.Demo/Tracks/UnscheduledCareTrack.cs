using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Tracks;

/// <summary>
/// Emergency department, urgent care and out-of-hours visits: babies with fevers and breathing
/// trouble (some admitted with bronchiolitis), and older, walking children with the bumps and
/// breaks of ordinary childhood. Only children past two and a half get injuries here, so an
/// ordinary family never looks like a bruised non-mobile baby.
/// </summary>
internal static class UnscheduledCareTrack
{
    private const int InjuryAge = 900;

    private static readonly string[] BabyReasons = ["fever", "breathing difficulty", "not feeding", "diarrhoea and vomiting"];

    private static readonly (InjuryType Type, string Site, string Explanation)[] Knocks =
    [
        (InjuryType.HeadInjury, "forehead", "fell against the coffee table"),
        (InjuryType.Bruise, "shin", "fell off a scooter in the park"),
        (InjuryType.Fracture, "left wrist", "fell from the climbing frame at nursery"),
        (InjuryType.Burn, "right hand", "touched the oven door"),
        (InjuryType.Other, "chin", "cut falling on the garden step"),
    ];

    public static void Write(FamilyContext ctx)
    {
        foreach (var child in ctx.Family.Children.Where(c => c.DateOfBirth is not null))
        {
            var born = child.DateOfBirth!.Value;
            var first = new[] { ctx.Family.HistoryStart, born.AddDays(14) }.Max();
            if (first > ctx.End)
            {
                continue;
            }
            var chance = child.AgeInDays(first) < 5 * 365 ? 0.3 : 0.12;
            var injured = false;
            for (var visit = 0; visit < 2 && ctx.Random.Chance(chance); visit++)
            {
                var day = ctx.Random.DayBetween(first, ctx.End);
                injured |= WriteVisit(ctx, child, day, allowInjury: !injured);
            }
        }
    }

    /// <summary>Writes one visit; true when it brought an injury.</summary>
    private static bool WriteVisit(FamilyContext ctx, Member child, DateOnly day, bool allowInjury)
    {
        var ed = ctx.Agency(AgencyKind.EmergencyDepartment, day);
        var setting = ctx.Random.NextDouble() switch
        {
            < 0.7 => CareSetting.EmergencyDepartment,
            < 0.85 => CareSetting.UrgentCare,
            < 0.95 => CareSetting.WalkIn,
            _ => CareSetting.OutOfHours,
        };
        if (child.AgeInDays(day) >= InjuryAge && allowInjury && ctx.Random.Chance(0.5))
        {
            var (type, site, explanation) = ctx.Random.Pick(Knocks);
            ctx.Add(new Attendance { Date = day, Agency = ed, Subjects = child.AsSubjects, Setting = setting, Reason = $"injury: {explanation}" });
            ctx.Add(new Injury { Date = day, Agency = ed, Subjects = child.AsSubjects, Type = type, Site = site, Explanation = explanation });
            return true;
        }
        var reason = child.AgeInDays(day) < 365 ? ctx.Random.Pick(BabyReasons) : ctx.Random.Pick(["fever", "vomiting", "asthma", "rash"]);
        ctx.Add(new Attendance { Date = day, Agency = ed, Subjects = child.AsSubjects, Setting = setting, Reason = reason });
        if (reason == "breathing difficulty" && ctx.Random.Chance(0.4))
        {
            var paediatrics = ctx.Agency(AgencyKind.HospitalPaediatrics, day);
            ctx.Add(new Admitted { Date = day, Agency = paediatrics, Subjects = child.AsSubjects, Reason = "bronchiolitis" });
            ctx.Add(new Discharged { Date = day.AddDays(ctx.Random.Between(1, 4)), Agency = paediatrics, Subjects = child.AsSubjects, Reason = "home, well" });
        }
        return false;
    }
}
