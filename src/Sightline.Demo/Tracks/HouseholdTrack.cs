using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Tracks;

/// <summary>
/// Who lives where: moves (with the health-visiting handover and GP re-registration a move
/// between areas brings), a father leaving and a new partner joining. It runs first, so a move
/// is the first event of its day.
/// </summary>
internal static class HouseholdTrack
{
    public static void Write(FamilyContext ctx)
    {
        var family = ctx.Family;
        for (var i = 1; i < family.Residences.Count; i++)
        {
            WriteMove(ctx, family.Residences[i - 1], family.Residences[i]);
        }
        if (family is { Father: { } father, FatherLeaves: { } left })
        {
            var recorder = ctx.FamilyPractitioner(left);
            ctx.Add(new Separated { Date = left, Agency = recorder, Subjects = [family.Mother.Id, father.Id] });
            ctx.Add(new LeftHousehold { Date = left, Agency = recorder, Subjects = father.AsSubjects, Household = family.Mother.Id });
        }
        if (family is { Partner: { } partner, PartnerJoins: { } joined })
        {
            ctx.Add(new JoinedHousehold { Date = joined, Agency = ctx.FamilyPractitioner(joined), Subjects = partner.AsSubjects, Household = family.Mother.Id });
        }
    }

    private static void WriteMove(FamilyContext ctx, Residence from, Residence to)
    {
        var day = to.From;
        var housing = ctx.AgencyIn(from.Area, AgencyKind.Housing);
        var before = day.AddDays(-1);
        var recorder = to.ArrangedByHousing ? housing : ctx.FamilyPractitioner(before);
        ctx.Add(new Moved
        {
            Date = day,
            Agency = recorder,
            Subjects = ctx.HouseholdIds(day),
            LocalAuthority = to.Area,
            Housing = to.Housing,
            ArrangedBy = to.ArrangedByHousing ? housing : null,
        });
        if (to.Area == from.Area)
        {
            return;
        }
        var children = ctx.Family.ChildrenAt(day);
        foreach (var child in children.Where(c => !ctx.Family.NeverRegistered.Contains(c)))
        {
            ctx.Add(new GpRegistered { Date = day.AddDays(ctx.Random.Between(3, 20)), Agency = ctx.Agency(AgencyKind.Gp, day), Subjects = child.AsSubjects });
        }
        var underFive = children.Where(c => c.AgeInDays(day) < 5 * 365).ToList();
        if (underFive.Count == 0 && ctx.Family.UnbornAt(day).Count == 0)
        {
            return;
        }
        var oldHv = ctx.AgencyIn(from.Area, AgencyKind.HealthVisiting);
        var newHv = ctx.AgencyIn(to.Area, AgencyKind.HealthVisiting);
        var handover = Weekdays.Add(day, ctx.Random.Between(1, 4));
        ctx.Share(handover, oldHv, [newHv], ctx.HouseholdIds(day), "Health visiting transfer after the family moved area.");
        var firstVisit = Weekdays.Add(day, ctx.Random.Between(5, 14));
        var seen = underFive.Count > 0;
        ctx.Add(new Contact
        {
            Date = firstVisit,
            Agency = newHv,
            Subjects = seen ? [.. FamilySketch.Ids(underFive), ctx.Family.Mother.Id] : ctx.Family.Mother.AsSubjects,
            Mode = ContactMode.HomeVisit,
            ChildSeen = seen,
        });
    }
}
