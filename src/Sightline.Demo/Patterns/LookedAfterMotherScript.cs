using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Demo.Areas;
using Sightline.Demo.Families;
using Sightline.Demo.SocialCare;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Patterns;

/// <summary>
/// Family T: a 17-year-old looked-after young woman is pregnant. Her personal adviser writes to
/// the children's social care team about the baby and never hears back; the father's drug use is
/// known only to the drug service; the pre-birth assessment leaves him out.
/// </summary>
internal sealed class LookedAfterMotherScript : PatternScript
{
    public override ReviewPattern Pattern => ReviewPattern.LookedAfterMotherShareUnanswered;

    public override Involvement Involvement => Involvement.ChildProtection;

    public override FamilyShape Shape { get; } = new()
    {
        LookedAfterTeenageMother = true,
        Father = FatherLiving.NonResident,
        MayMove = false,
        HouseholdMayChange = false,
    };

    public override void Prepare(FamilySketch family, Random random, AgencyCatalogue catalogue)
    {
        var area = family.Residences[0].Area;
        family.Mother.History.Add(new HistoryFact(HistoryFactKind.LookedAfter,
            [catalogue.Get(area, AgencyKind.ChildrensSocialCare), catalogue.Get(area, AgencyKind.LeavingCare)]));
        family.Father!.History.Add(new HistoryFact(HistoryFactKind.SubstanceMisuse, [catalogue.Get(area, AgencyKind.SubstanceMisuse)]));
    }

    public override void Write(FamilyContext ctx)
    {
        var family = ctx.Family;
        var pregnancy = family.Pregnancies[0];
        var adviser = ctx.Agency(AgencyKind.LeavingCare, family.HistoryStart);
        for (var day = Weekdays.OnOrAfter(family.HistoryStart.AddDays(ctx.Random.Between(10, 30))); day <= ctx.End; day = Weekdays.OnOrAfter(day.AddDays(ctx.Random.Between(25, 40))))
        {
            ctx.Add(new Contact { Date = day, Agency = adviser, Subjects = family.Mother.AsSubjects, Mode = ContactMode.HomeVisit, ChildSeen = false });
        }
        var told = Weekdays.Add(pregnancy.Booked, ctx.Random.Between(5, 10));
        IReadOnlyList<PersonId> about = [family.Mother.Id, pregnancy.Baby.Id];
        ctx.Add(new InformationShared
        {
            Date = told, Agency = adviser, Subjects = about, To = [ctx.Agency(AgencyKind.ChildrensSocialCare, told)], About = about,
            Acknowledged = false, Note = "Personal adviser: she is pregnant, and worried about the father's drug use.",
        });
        ChildProtectionWork.Write(ctx, new ProtectionCase(Weekdays.Add(pregnancy.Booked, ctx.Random.Between(30, 45)), Concern.PreBirth)
        {
            ReferralConcern = "17-year-old looked-after young woman, pregnant; partner uses cannabis",
            Conduct = Conduct.Good with { AssessesFathers = false },
            PlanMonths = 8,
        });
    }
}
