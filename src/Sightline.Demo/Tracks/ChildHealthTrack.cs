using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Tracks;

/// <summary>
/// The Healthy Child Programme: GP registration, the health visitor's mandated reviews with
/// weights and milestones, the GP's baby check and immunisations, the odd visit to the GP for a
/// cough or a rash, and the school nurse's measurements in reception and year 6. Most children are brought; a few miss one
/// appointment and are rebooked.
/// </summary>
internal static class ChildHealthTrack
{
    private static readonly string[] Ailments =
        ["cough and cold", "ear ache", "rash", "temperature", "eczema review", "constipation", "conjunctivitis"];

    public static void Write(FamilyContext ctx)
    {
        foreach (var child in ctx.Family.Children.Where(c => c.DateOfBirth is not null))
        {
            new ChildSchedule(ctx, child).Write();
        }
    }

    /// <summary>One child's programme; remembers whether the child has already missed an appointment.</summary>
    private sealed class ChildSchedule(FamilyContext ctx, Member child)
    {
        private readonly DateOnly _born = child.DateOfBirth!.Value;
        private readonly bool _bornInHistory = child.Role == PersonRole.Unborn;
        private readonly bool _registered = !ctx.Family.NeverRegistered.Contains(child);
        private bool _missedOne;

        public void Write()
        {
            if (_bornInHistory && _registered)
            {
                var late = ctx.Random.Chance(0.05);
                var day = _born.AddDays(late ? ctx.Random.Between(43, 70) : ctx.Random.Between(7, 35));
                ctx.Add(new GpRegistered { Date = day, Agency = ctx.Agency(AgencyKind.Gp, day), Subjects = child.AsSubjects });
            }
            if (_bornInHistory)
            {
                Review(10, 14, ContactMode.HomeVisit, null);
            }
            Review(42, 56, ContactMode.HomeVisit, null);
            GpAppointment(42, 60, "6-8 week baby check");
            GpAppointment(56, 63, "8-week immunisations");
            GpAppointment(84, 91, "12-week immunisations");
            Review(95, 110, ContactMode.Clinic, null);
            GpAppointment(112, 119, "16-week immunisations");
            Review(150, 175, ContactMode.Clinic, Mobility.Rolling);
            Review(270, 330, ContactMode.HomeVisit, ctx.Random.Chance(0.7) ? Mobility.Crawling : Mobility.Cruising);
            GpAppointment(365, 380, "1-year immunisations");
            Review(400, 470, ContactMode.Clinic, ctx.Random.Chance(0.5) ? Mobility.Walking : null);
            Review(730, 850, ContactMode.HomeVisit, Mobility.Walking);
            GpAppointment(1220, 1260, "pre-school booster immunisations");
            SchoolNurse(1500, 1800);
            SchoolNurse(3700, 4000);
            WriteIllnesses();
        }

        private DateOnly? DayAtAge(int from, int to)
        {
            var day = Weekdays.OnOrAfter(_born.AddDays(ctx.Random.Between(from, to)));
            return day >= ctx.Family.HistoryStart && day <= ctx.End ? day : null;
        }

        /// <summary>A health visitor's review: the child is seen and weighed, and a milestone noted.</summary>
        private void Review(int fromAge, int toAge, ContactMode mode, Mobility? milestone)
        {
            if (DayAtAge(fromAge, toAge) is not { } day)
            {
                return;
            }
            ctx.Contact(day, AgencyKind.HealthVisiting, [child.Id, ctx.Family.Mother.Id], mode, childSeen: true);
            ctx.Weigh(day, AgencyKind.HealthVisiting, child);
            if (milestone is { } mobility)
            {
                ctx.Add(new Development { Date = day, Agency = ctx.Agency(AgencyKind.HealthVisiting, day), Subjects = child.AsSubjects, Mobility = mobility });
            }
        }

        /// <summary>The 0-19 service weighs and measures children in reception and year 6.</summary>
        private void SchoolNurse(int fromAge, int toAge)
        {
            if (DayAtAge(fromAge, toAge) is { } day)
            {
                ctx.Contact(day, AgencyKind.HealthVisiting, child.AsSubjects, ContactMode.Clinic, childSeen: true);
                ctx.Weigh(day, AgencyKind.HealthVisiting, child);
            }
        }

        private void GpAppointment(int fromAge, int toAge, string service)
        {
            if (!_registered || DayAtAge(fromAge, toAge) is not { } day)
            {
                return;
            }
            if (ctx.Family.NotBrought == child && child.AgeInDays(day) is >= 40 and <= 130)
            {
                ctx.Appointment(day, AgencyKind.Gp, child, service, AppointmentOutcome.WasNotBrought);
                return;
            }
            var draw = ctx.Random.NextDouble();
            if (draw < 0.04 && !_missedOne)
            {
                _missedOne = true;
                ctx.Appointment(day, AgencyKind.Gp, child, service, AppointmentOutcome.WasNotBrought);
                day = Weekdays.OnOrAfter(day.AddDays(ctx.Random.Between(7, 21)));
            }
            else if (draw > 0.97)
            {
                ctx.Appointment(day, AgencyKind.Gp, child, service, AppointmentOutcome.Cancelled);
                day = Weekdays.OnOrAfter(day.AddDays(ctx.Random.Between(5, 14)));
            }
            ctx.Appointment(day, AgencyKind.Gp, child, service, AppointmentOutcome.Attended);
        }

        /// <summary>About one GP visit a year for a minor illness while under five.</summary>
        private void WriteIllnesses()
        {
            if (!_registered)
            {
                return;
            }
            var first = new[] { ctx.Family.HistoryStart, _born.AddDays(30) }.Max();
            var last = new[] { ctx.End, _born.AddDays(5 * 365) }.Min();
            var years = (last.DayNumber - first.DayNumber) / 365.0;
            var visits = years <= 0 ? 0 : ctx.Random.Between(0, (int)Math.Ceiling(years * 1.5));
            for (var i = 0; i < visits; i++)
            {
                var day = Weekdays.OnOrAfter(ctx.Random.DayBetween(first, last));
                if (day <= ctx.End)
                {
                    ctx.Appointment(day, AgencyKind.Gp, child, $"GP consultation: {ctx.Random.Pick(Ailments)}", AppointmentOutcome.Attended);
                }
            }
        }
    }
}
