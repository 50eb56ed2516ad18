using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Tracks;

/// <summary>
/// Midwifery's part of a pregnancy: booking, scans and antenatal checks for the mother, the birth,
/// postnatal visits and the handover to health visiting; the health visitor's antenatal visit and
/// the GP's postnatal check for the mother.
/// </summary>
internal static class PregnancyTrack
{
    private static readonly int[] PostnatalVisitDays = [1, 5, 10];

    private static readonly int[] AntenatalCheckWeeksBeforeDue = [12, 6, 4, 2];

    public static void Write(FamilyContext ctx)
    {
        foreach (var pregnancy in ctx.Family.Pregnancies)
        {
            WriteAntenatal(ctx, pregnancy);
            if (pregnancy.BornOn is { } born)
            {
                WriteBirth(ctx, pregnancy, born);
            }
        }
    }

    private static void WriteAntenatal(FamilyContext ctx, PregnancyPlan pregnancy)
    {
        var mother = pregnancy.Mother;
        var booked = pregnancy.Booked;
        ctx.Add(new Pregnancy { Date = booked, Agency = ctx.Agency(AgencyKind.Midwifery, booked), Subjects = mother.AsSubjects, Unborn = pregnancy.Baby.Id, Due = pregnancy.Due });
        var bornOrDue = pregnancy.BornOn ?? pregnancy.Due;
        void Antenatal(DateOnly day, string service)
        {
            var weekday = Weekdays.OnOrAfter(day);
            if (weekday > booked && weekday < bornOrDue)
            {
                var outcome = ctx.Random.Chance(0.04) ? AppointmentOutcome.Cancelled : AppointmentOutcome.Attended;
                ctx.Appointment(weekday, AgencyKind.Midwifery, mother, service, outcome);
            }
        }
        Antenatal(booked.AddDays(ctx.Random.Between(7, 21)), "dating scan");
        Antenatal(pregnancy.Due.AddDays(-140 + ctx.Random.Between(-5, 5)), "20-week anomaly scan");
        foreach (var weeksBefore in AntenatalCheckWeeksBeforeDue)
        {
            Antenatal(pregnancy.Due.AddDays((-7 * weeksBefore) + ctx.Random.Between(-3, 3)), "antenatal check");
        }
        var hvVisit = Weekdays.OnOrAfter(pregnancy.Due.AddDays(-ctx.Random.Between(42, 70)));
        if (hvVisit < bornOrDue)
        {
            ctx.Contact(hvVisit, AgencyKind.HealthVisiting, mother.AsSubjects, ContactMode.HomeVisit, childSeen: false);
        }
    }

    private static void WriteBirth(FamilyContext ctx, PregnancyPlan pregnancy, DateOnly born)
    {
        var baby = pregnancy.Baby;
        var mother = pregnancy.Mother;
        ctx.Add(new Born { Date = born, Agency = ctx.Agency(AgencyKind.Midwifery, born), Subjects = baby.AsSubjects });
        var stayDays = 0;
        if (ctx.Random.Chance(0.05))
        {
            stayDays = ctx.Random.Between(2, 8);
            var reason = ctx.Random.Chance(0.5) ? "neonatal unit: jaundice needing phototherapy" : "neonatal unit: born early, feeding support";
            ctx.Add(new Admitted { Date = born, Agency = ctx.Agency(AgencyKind.HospitalPaediatrics, born), Subjects = baby.AsSubjects, Reason = reason });
            ctx.Add(new Discharged { Date = born.AddDays(stayDays), Agency = ctx.Agency(AgencyKind.HospitalPaediatrics, born), Subjects = baby.AsSubjects, Reason = "home with parents" });
        }
        IReadOnlyList<Core.Persons.PersonId> both = [baby.Id, mother.Id];
        // Visits on days 1, 5 and 10, or from the day after a stay in the neonatal unit.
        var visit = born;
        foreach (var dayAfter in PostnatalVisitDays)
        {
            visit = new[] { born.AddDays(dayAfter), born.AddDays(stayDays + 1), visit.AddDays(1) }.Max();
            ctx.Contact(visit, AgencyKind.Midwifery, both, ContactMode.HomeVisit, childSeen: true);
            if (dayAfter == 5)
            {
                ctx.Weigh(visit, AgencyKind.Midwifery, baby);
            }
        }
        var handover = born.AddDays(ctx.Random.Between(11, 14));
        ctx.Share(handover, ctx.Agency(AgencyKind.Midwifery, handover), [ctx.Agency(AgencyKind.HealthVisiting, handover)], both,
            "Discharge from midwifery to health visiting.");
        var postnatalCheck = Weekdays.OnOrAfter(born.AddDays(ctx.Random.Between(42, 56)));
        ctx.Appointment(postnatalCheck, AgencyKind.Gp, mother, "6-week postnatal check", AppointmentOutcome.Attended);
    }
}
