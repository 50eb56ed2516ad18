using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Areas;
using Sightline.Demo.Families;

namespace Sightline.Demo.Patterns;

/// <summary>
/// RS: the baby is not brought to the 6-8 week check or any of the first immunisations; the
/// health visitor calls, and the pattern goes on.
/// </summary>
internal sealed class NotBroughtScript : PatternScript
{
    public override ReviewPattern Pattern => ReviewPattern.RepeatedlyNotBrought;

    public override Involvement Involvement => Involvement.Universal;

    public override void Prepare(FamilySketch family, Random random, AgencyCatalogue catalogue) => family.NotBrought = Baby(family);

    public override void Write(FamilyContext ctx)
    {
        var baby = Baby(ctx.Family);
        var call = AtAge(ctx, baby, 132, 140);
        ctx.Add(new Contact
        {
            Date = call, Agency = ctx.Agency(AgencyKind.HealthVisiting, call), Subjects = ctx.Family.Mother.AsSubjects,
            Mode = ContactMode.Phone, ChildSeen = false, Note = "Called about missed immunisations; mother says she forgot.",
        });
    }
}
