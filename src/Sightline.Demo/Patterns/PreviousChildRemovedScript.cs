using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Demo.Areas;
using Sightline.Demo.Families;
using Sightline.Demo.SocialCare;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Patterns;

/// <summary>
/// Baby C: a mother whose older children were removed by another area moves, pregnant, into
/// supported accommodation here. Midwifery refers; the unborn baby goes on to a pre-birth plan,
/// but no one asks the first area for its records.
/// </summary>
internal sealed class PreviousChildRemovedScript : PatternScript
{
    public override ReviewPattern Pattern => ReviewPattern.PreviousChildRemovedElsewhere;

    public override Involvement Involvement => Involvement.ChildProtection;

    public override FamilyShape Shape { get; } = new()
    {
        BabyWithRoomAfterBirth = true,
        NoOlderChildren = true,
        Father = FatherLiving.NonResident,
        MayMove = false,
        HouseholdMayChange = false,
    };

    public override void Prepare(FamilySketch family, Random random, AgencyCatalogue catalogue)
    {
        var first = family.Residences[0].Area;
        family.Mother.History.Add(new HistoryFact(HistoryFactKind.PreviousChildRemoved, [catalogue.Get(first, AgencyKind.ChildrensSocialCare)]));
        var day = family.Pregnancies[0].Booked.AddDays(random.Between(20, 50));
        var here = catalogue.Areas.Last(a => a.Name != first).Name;
        family.Residences.Add(new Residence(day, here, Housing.Supported, ArrangedByHousing: false, random.Next(AgencyCatalogue.GpPracticesPerArea)));
    }

    public override void Write(FamilyContext ctx)
    {
        var moved = ctx.Family.Residences[1].From;
        ChildProtectionWork.Write(ctx, new ProtectionCase(Weekdays.Add(moved, ctx.Random.Between(15, 25)), Concern.PreBirth)
        {
            ReferralConcern = "mother new to the area; says her older children live with relatives elsewhere",
            Conduct = Conduct.Good with { RequestsRecords = false },
            PlanMonths = 8,
        });
    }
}
