using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Tracks;

/// <summary>
/// Older children's services: CAMHS after a GP referral for low mood or anxiety, and the youth
/// justice service after a police incident. Families known to children's social care see more of both.
/// </summary>
internal static class SchoolAgeTrack
{
    private static readonly string[] CamhsConcerns = ["low mood", "anxiety", "self-harm", "eating difficulties"];

    public static void Write(FamilyContext ctx)
    {
        var known = ctx.Family.Involvement is not (Involvement.Universal or Involvement.EarlyHelp);
        foreach (var child in ctx.Family.Children.Where(c => c.DateOfBirth is not null))
        {
            var from = new[] { ctx.Family.HistoryStart, child.DateOfBirth!.Value.AddYears(11) }.Max();
            var to = new[] { ctx.End.AddDays(-30), child.DateOfBirth!.Value.AddYears(18).AddDays(-60) }.Min();
            if (from >= to)
            {
                continue;
            }
            if (!ctx.Family.NeverRegistered.Contains(child) && ctx.Random.Chance(known ? 0.2 : 0.08))
            {
                WriteCamhs(ctx, child, Weekdays.OnOrAfter(ctx.Random.DayBetween(from, to)));
            }
            if (child.AgeInDays(to) >= 12 * 365 && ctx.Random.Chance(known ? 0.15 : 0.03))
            {
                WriteYouthJustice(ctx, child, ctx.Random.DayBetween(from, to));
            }
        }
    }

    private static void WriteCamhs(FamilyContext ctx, Member child, DateOnly day)
    {
        var camhs = ctx.Agency(AgencyKind.Camhs, day);
        ctx.Add(new Referral { Date = day, Agency = ctx.Agency(AgencyKind.Gp, day), Subjects = child.AsSubjects, To = camhs, Concern = ctx.Random.Pick(CamhsConcerns) });
        var next = Weekdays.OnOrAfter(day.AddDays(ctx.Random.Between(20, 60)));
        for (var i = ctx.Random.Between(3, 6); i > 0; i--)
        {
            var outcome = ctx.Random.NextDouble() switch
            {
                < 0.85 => AppointmentOutcome.Attended,
                < 0.95 => AppointmentOutcome.WasNotBrought,
                _ => AppointmentOutcome.Cancelled,
            };
            ctx.Add(new Appointment { Date = next, Agency = camhs, Subjects = child.AsSubjects, Service = "CAMHS appointment", Outcome = outcome });
            next = Weekdays.OnOrAfter(next.AddDays(ctx.Random.Between(21, 35)));
        }
    }

    private static void WriteYouthJustice(FamilyContext ctx, Member child, DateOnly day)
    {
        var police = ctx.Agency(AgencyKind.Police, day);
        var yjs = ctx.Agency(AgencyKind.YouthOffending, day);
        var violent = ctx.Random.Chance(0.5);
        ctx.Add(new PoliceIncident { Date = day, Agency = police, Subjects = child.AsSubjects, Type = violent ? PoliceIncidentType.Violence : PoliceIncidentType.Other });
        ctx.Add(new Referral { Date = Weekdays.Add(day, 1), Agency = police, Subjects = child.AsSubjects, To = yjs, Concern = violent ? "youth caution: assault" : "youth caution: criminal damage" });
        var next = Weekdays.Add(day, ctx.Random.Between(5, 10));
        for (var i = ctx.Random.Between(3, 8); i > 0; i--)
        {
            ctx.Add(new Contact { Date = next, Agency = yjs, Subjects = child.AsSubjects, Mode = ContactMode.HomeVisit, ChildSeen = true });
            next = Weekdays.OnOrAfter(next.AddDays(ctx.Random.Between(14, 28)));
        }
    }
}
