using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Tracks;

/// <summary>
/// Mental health care for parents: the perinatal team for some mothers in pregnancy or after the
/// birth, the community team for some fathers. Each service tells health visiting within a few
/// days of taking the parent on, as "Think Family" asks.
/// </summary>
internal static class AdultMentalHealthTrack
{
    public static void Write(FamilyContext ctx)
    {
        var family = ctx.Family;
        var knownLowMood = family.Mother.History.Any(f => f.Fact == HistoryFactKind.MentalHealth);
        foreach (var pregnancy in family.Pregnancies)
        {
            if (ctx.Random.Chance(knownLowMood ? 0.3 : 0.07))
            {
                var start = pregnancy.Booked.AddDays(ctx.Random.Between(30, 250));
                WriteEpisode(ctx, AgencyKind.PerinatalMentalHealth, family.Mother, Weekdays.OnOrAfter(start));
            }
        }
        if (family.Father is { } father && ctx.Random.Chance(0.04))
        {
            var start = ctx.Random.DayBetween(family.HistoryStart.AddDays(30), ctx.End);
            WriteEpisode(ctx, AgencyKind.AdultMentalHealth, father, Weekdays.OnOrAfter(start));
        }
    }

    private static void WriteEpisode(FamilyContext ctx, AgencyKind service, Member parent, DateOnly start)
    {
        var agency = ctx.Agency(service, start);
        var contacts = ctx.Random.Between(2, 6);
        var day = start;
        for (var i = 0; i < contacts; i++)
        {
            ctx.Add(new AdultServiceContact { Date = day, Agency = agency, Subjects = parent.AsSubjects, Concern = AdultConcern.MentalHealth });
            if (i == 0)
            {
                var share = Weekdays.Add(day, ctx.Random.Between(1, 3));
                ctx.Share(share, agency, [ctx.Agency(AgencyKind.HealthVisiting, share), ctx.Agency(AgencyKind.Gp, share)], parent.AsSubjects);
            }
            day = Weekdays.OnOrAfter(day.AddDays(ctx.Random.Between(21, 42)));
        }
    }
}
