using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Areas;
using Sightline.Demo.Families;
using Sightline.Demo.SocialCare;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Patterns;

/// <summary>
/// Baby R: a child on a child protection plan for neglect is moved by the home area's housing
/// department into temporary housing in the next area. The home area keeps the plan and visits
/// across the border; no transfer-in conference is held; the new area answers the home area's
/// message only after two weeks.
/// </summary>
internal sealed class PlanChildMovedScript : PatternScript
{
    public override ReviewPattern Pattern => ReviewPattern.PlanChildMovedToTemporaryHousingOutOfArea;

    public override Involvement Involvement => Involvement.ChildProtection;

    public override void Prepare(FamilySketch family, Random random, AgencyCatalogue catalogue)
    {
        var home = family.Residences[0];
        var day = ConcernDay(family).AddDays(random.Between(80, 100));
        if (family.LatestBaby?.DateOfBirth is { } born && Math.Abs(born.DayNumber - day.DayNumber) <= 5)
        {
            day = day.AddDays(12);
        }
        var nextArea = catalogue.Areas.First(a => a.Name != home.Area).Name;
        family.Residences.Add(new Residence(day, nextArea, Housing.Temporary, ArrangedByHousing: true, random.Next(AgencyCatalogue.GpPracticesPerArea)));
    }

    public override void Write(FamilyContext ctx)
    {
        var family = ctx.Family;
        ChildProtectionWork.Write(ctx, new ProtectionCase(ConcernDay(family), Concern.Neglect) { PlanMonths = 12 });
        var moved = family.Residences[1];
        var homeCsc = ctx.AgencyIn(family.Residences[0].Area, AgencyKind.ChildrensSocialCare);
        var newCsc = ctx.AgencyIn(moved.Area, AgencyKind.ChildrensSocialCare);
        var told = Weekdays.Add(moved.From, ctx.Random.Between(3, 6));
        var about = ctx.HouseholdIds(told);
        ctx.Add(new InformationShared { Date = told, Agency = homeCsc, Subjects = about, To = [newCsc], About = about, Acknowledged = false, Note = "Family on a child protection plan placed in temporary housing in your area." });
        ctx.Add(new Acknowledged { Date = Weekdays.Add(told, ctx.Random.Between(10, 14)), Agency = newCsc, Subjects = about, Of = told });
    }

    private static DateOnly ConcernDay(FamilySketch family) => Weekdays.OnOrAfter(family.HistoryStart.AddDays(30));
}
