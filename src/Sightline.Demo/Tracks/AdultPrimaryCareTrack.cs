using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Tracks;

/// <summary>The household's adults see their GP now and then, so every family has a GP record, as real families do.</summary>
internal static class AdultPrimaryCareTrack
{
    private static readonly string[] Reasons = ["back pain", "chest infection", "contraception review", "asthma review", "sprained ankle", "blood pressure check"];

    public static void Write(FamilyContext ctx)
    {
        var family = ctx.Family;
        foreach (var adult in family.AdultsAt(family.HistoryStart))
        {
            for (var visits = ctx.Random.Between(1, 3); visits > 0; visits--)
            {
                var day = Weekdays.OnOrAfter(ctx.Random.DayBetween(family.HistoryStart, ctx.End.AddDays(-3)));
                ctx.Appointment(day, AgencyKind.Gp, adult, $"GP consultation: {ctx.Random.Pick(Reasons)}", AppointmentOutcome.Attended);
            }
        }
    }
}
