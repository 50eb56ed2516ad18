using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Demo.Areas;
using Sightline.Demo.Families;

namespace Sightline.Demo.Patterns;

/// <summary>
/// RS: neither the baby nor the older sibling is registered with a GP. Health visiting sees them
/// and advises registration; no GP ever sees them.
/// </summary>
internal sealed class NotRegisteredScript : PatternScript
{
    public override ReviewPattern Pattern => ReviewPattern.NotRegisteredWithGp;

    public override Involvement Involvement => Involvement.Universal;

    public override void Prepare(FamilySketch family, Random random, AgencyCatalogue catalogue)
    {
        foreach (var child in family.Children)
        {
            family.NeverRegistered.Add(child);
            if (child.Role == Core.Persons.PersonRole.Child)
            {
                child.GpRegistered = false;
            }
        }
    }

    public override void Write(FamilyContext ctx)
    {
        var baby = Baby(ctx.Family);
        var visit = AtAge(ctx, baby, 60, 75);
        ctx.Add(new Contact
        {
            Date = visit, Agency = ctx.Agency(AgencyKind.HealthVisiting, visit), Subjects = [baby.Id, ctx.Family.Mother.Id],
            Mode = ContactMode.HomeVisit, ChildSeen = true, Note = "Advised registering both children with a GP.",
        });
    }
}
