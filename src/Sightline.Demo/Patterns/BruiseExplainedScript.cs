using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Patterns;

/// <summary>
/// RS and Baby R: a health visitor sees a bruise on a four-month-old at clinic, accepts the
/// mother's explanation and seeks no advice. Two weeks later the baby is brought to the emergency
/// department with a head injury; the story ends with that serious incident.
/// </summary>
internal sealed class BruiseExplainedScript : PatternScript
{
    public override ReviewPattern Pattern => ReviewPattern.BruiseOnNonMobileBabyExplained;

    public override Involvement Involvement => Involvement.Universal;

    public override void Write(FamilyContext ctx)
    {
        var baby = Baby(ctx.Family);
        var clinic = AtAge(ctx, baby, 100, 125);
        var hv = ctx.Agency(AgencyKind.HealthVisiting, clinic);
        ctx.Contact(clinic, AgencyKind.HealthVisiting, [baby.Id, ctx.Family.Mother.Id], ContactMode.Clinic, childSeen: true);
        ctx.Weigh(clinic, AgencyKind.HealthVisiting, baby);
        ctx.Add(new Injury
        {
            Date = clinic, Agency = hv, Subjects = baby.AsSubjects, Type = InjuryType.Bruise, Site = "left cheek, fading",
            Explanation = "Mother said the baby's older brother or sister had poked the baby with a toy.",
            Note = "Explanation accepted; safeguarding advice not sought.",
        });

        var incident = clinic.AddDays(ctx.Random.Between(12, 16));
        var ed = ctx.Agency(AgencyKind.EmergencyDepartment, incident);
        var paediatrics = ctx.Agency(AgencyKind.HospitalPaediatrics, incident);
        ctx.Add(new Attendance { Date = incident, Agency = ed, Subjects = baby.AsSubjects, Setting = CareSetting.EmergencyDepartment, Reason = "floppy, vomiting and not feeding" });
        ctx.Add(new Injury { Date = incident, Agency = ed, Subjects = baby.AsSubjects, Type = InjuryType.HeadInjury, Site = "skull" });
        ctx.Add(new Admitted { Date = incident, Agency = paediatrics, Subjects = baby.AsSubjects, Reason = "suspected abusive head trauma" });
        ctx.Add(new Imaging { Date = incident, Agency = ctx.Agency(AgencyKind.Radiology, incident), Subjects = baby.AsSubjects, Study = ImagingStudy.CtHead, Reported = true, Findings = "skull fracture with subdural haemorrhage" });
        ctx.Add(new Referral { Date = incident, Agency = ed, Subjects = ctx.HouseholdIds(incident), To = ctx.Agency(AgencyKind.ChildrensSocialCare, incident), Concern = "serious head injury to a 4-month-old; bruise seen two weeks ago" });
        ctx.Add(new Incident { Date = incident, Agency = paediatrics, Subjects = baby.AsSubjects, Type = IncidentType.SeriousInjury });
        ctx.Timeline.EndOn(incident);
    }
}
