using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.SocialCare;

/// <summary>
/// Writes what brings a family to children's social care, ending with the referral. Whoever holds
/// a risk about a parent tells health visiting and social care the same week, so the facts
/// that matter are where they are needed.
/// </summary>
internal static class Concerns
{
    private static readonly string[] BruiseSites = ["left cheek", "right ear", "upper arm", "chest", "forehead"];

    public static void Raise(FamilyContext ctx, ProtectionCase story, string area)
    {
        var day = story.Day;
        var csc = ctx.AgencyIn(area, AgencyKind.ChildrensSocialCare);
        var about = FamilySketch.Ids(CaseWork.Family(ctx, day));
        switch (story.Concern)
        {
            case Concern.Neglect:
                RaiseNeglect(ctx, day, csc, about);
                break;
            case Concern.DomesticAbuse:
                RaiseDomesticAbuse(ctx, day, csc, about);
                break;
            case Concern.ParentalSubstanceMisuse:
                RaiseSubstanceMisuse(ctx, day, csc, about);
                break;
            case Concern.InjuryToBaby:
                RaiseInjury(ctx, story, csc, about);
                break;
            case Concern.PreBirth:
                ctx.Add(new Referral
                {
                    Date = day, Agency = ctx.Agency(AgencyKind.Midwifery, day), Subjects = about, To = csc,
                    Concern = story.ReferralConcern ?? "worries about the mother's capacity to care for a new baby",
                });
                break;
        }
    }

    private static void RaiseNeglect(FamilyContext ctx, DateOnly day, AgencyId csc, IReadOnlyList<Core.Persons.PersonId> about)
    {
        var young = ctx.Family.ChildrenAt(day).Where(c => c.AgeInDays(day) < 5 * 365).ToList();
        if (young.Count > 0 || ctx.Family.UnbornAt(day).Count > 0)
        {
            var seen = young.Count > 0;
            ctx.Contact(day, AgencyKind.HealthVisiting, seen ? [.. FamilySketch.Ids(young), ctx.Family.Mother.Id] : ctx.Family.Mother.AsSubjects, ContactMode.HomeVisit, seen);
            ctx.Add(new Referral { Date = day, Agency = ctx.Agency(AgencyKind.HealthVisiting, day), Subjects = about, To = csc, Concern = "neglect: poor home conditions, baby's hygiene and weight" });
        }
        else
        {
            ctx.Add(new Referral { Date = day, Agency = ctx.Agency(AgencyKind.Education, day), Subjects = about, To = csc, Concern = "neglect: child arriving hungry and unkempt, attendance falling" });
        }
    }

    private static void RaiseDomesticAbuse(FamilyContext ctx, DateOnly day, AgencyId csc, IReadOnlyList<Core.Persons.PersonId> about)
    {
        var family = ctx.Family;
        var perpetrator = family.Partner is { } p && family.LivesWithChildren(p, day) ? p : family.Father!;
        var police = ctx.Agency(AgencyKind.Police, day);
        if (perpetrator == family.Father && ctx.Random.Chance(0.4))
        {
            WriteProbation(ctx, perpetrator, day);
        }
        ctx.Add(new PoliceIncident { Date = day, Agency = police, Subjects = [family.Mother.Id, perpetrator.Id], Type = PoliceIncidentType.DomesticAbuse });
        ctx.Add(new Referral { Date = day, Agency = police, Subjects = about, To = csc, Concern = "domestic abuse incident; children in the house" });
        ctx.Share(day, police, [ctx.Agency(AgencyKind.HealthVisiting, day)], [family.Mother.Id, perpetrator.Id], "Domestic abuse notification.");
        var support = Weekdays.Add(day, ctx.Random.Between(2, 5));
        var service = ctx.Agency(AgencyKind.DomesticAbuseService, support);
        ctx.Add(new AdultServiceContact { Date = support, Agency = service, Subjects = family.Mother.AsSubjects, Concern = AdultConcern.DomesticAbuse });
        ctx.Share(support, service, [csc], family.Mother.AsSubjects);
    }

    /// <summary>A father already under probation supervision, which probation shares as soon as it starts.</summary>
    private static void WriteProbation(FamilyContext ctx, Member father, DateOnly incident)
    {
        var started = Weekdays.OnOrAfter(incident.AddDays(-ctx.Random.Between(30, 150)));
        if (started < ctx.Family.HistoryStart)
        {
            return;
        }
        var probation = ctx.Agency(AgencyKind.Probation, started);
        ctx.Add(new Probation { Date = started, Agency = probation, Subjects = father.AsSubjects, Status = ProbationStatus.SupervisionStarted, Offence = "assault occasioning actual bodily harm" });
        var share = Weekdays.Add(started, ctx.Random.Between(1, 3));
        ctx.Share(share, probation, [ctx.Agency(AgencyKind.HealthVisiting, share), ctx.Agency(AgencyKind.ChildrensSocialCare, share)], father.AsSubjects);
        ctx.Add(new Probation { Date = Weekdays.OnOrAfter(started.AddDays(ctx.Random.Between(180, 365))), Agency = probation, Subjects = father.AsSubjects, Status = ProbationStatus.Ended });
    }

    private static void RaiseSubstanceMisuse(FamilyContext ctx, DateOnly day, AgencyId csc, IReadOnlyList<Core.Persons.PersonId> about)
    {
        var family = ctx.Family;
        var parent = family.Father is { } f && family.LivesWithChildren(f, day) ? f : family.Mother;
        var service = ctx.Agency(AgencyKind.SubstanceMisuse, day);
        ctx.Add(new AdultServiceContact { Date = day, Agency = service, Subjects = parent.AsSubjects, Concern = AdultConcern.SubstanceMisuse });
        ctx.Share(day, service, [ctx.Agency(AgencyKind.HealthVisiting, day), csc], parent.AsSubjects);
        ctx.Add(new Referral { Date = day, Agency = service, Subjects = about, To = csc, Concern = "parent's heroin and alcohol use; young children at home" });
        var next = day;
        for (var i = ctx.Random.Between(4, 10); i > 0; i--)
        {
            next = Weekdays.OnOrAfter(next.AddDays(ctx.Random.Between(14, 28)));
            ctx.Add(new AdultServiceContact { Date = next, Agency = service, Subjects = parent.AsSubjects, Concern = AdultConcern.SubstanceMisuse });
        }
    }

    private static void RaiseInjury(FamilyContext ctx, ProtectionCase story, AgencyId csc, IReadOnlyList<Core.Persons.PersonId> about)
    {
        var day = story.Day;
        var baby = ctx.Family.ChildrenAt(day).MinBy(c => c.AgeInDays(day))!;
        var hv = ctx.Agency(AgencyKind.HealthVisiting, day);
        ctx.Contact(day, AgencyKind.HealthVisiting, [baby.Id, ctx.Family.Mother.Id], ContactMode.Clinic, childSeen: true);
        ctx.Add(new Injury { Date = day, Agency = hv, Subjects = baby.AsSubjects, Type = InjuryType.Bruise, Site = ctx.Random.Pick(BruiseSites), Explanation = story.Explanation });
        ctx.Add(new Referral { Date = day, Agency = hv, Subjects = about, To = csc, Concern = "bruise on a non-mobile baby; body map completed" });
        var paediatrics = ctx.Agency(AgencyKind.HospitalPaediatrics, day);
        ctx.Add(new Admitted { Date = day, Agency = paediatrics, Subjects = baby.AsSubjects, Reason = "child protection medical and skeletal survey after bruising" });
        ctx.Add(new Medical { Date = day, Agency = paediatrics, Subjects = baby.AsSubjects, Purpose = MedicalPurpose.ChildProtection });
    }
}
