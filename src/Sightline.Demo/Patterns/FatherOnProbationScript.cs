using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Demo.Areas;
using Sightline.Demo.Families;

namespace Sightline.Demo.Patterns;

/// <summary>
/// RS: the father came from another area where probation supervised him for drug offences. Local
/// probation takes him on, he stops engaging and breaches, the police find him with drugs, and
/// none of it reaches the health visitor who sees the baby.
/// </summary>
internal sealed class FatherOnProbationScript : PatternScript
{
    public override ReviewPattern Pattern => ReviewPattern.FatherOnProbationUnknownToHealthVisiting;

    public override Involvement Involvement => Involvement.Universal;

    public override void Prepare(FamilySketch family, Random random, AgencyCatalogue catalogue)
    {
        var home = family.Residences[0].Area;
        var cameFrom = catalogue.Areas.First(a => a.Name != home).Name;
        var probationThere = catalogue.Get(cameFrom, AgencyKind.Probation);
        family.Father!.History.Add(new HistoryFact(HistoryFactKind.ProbationSupervision, [probationThere]));
        family.Father.History.Add(new HistoryFact(HistoryFactKind.SubstanceMisuse, [probationThere]));
    }

    public override void Write(FamilyContext ctx)
    {
        var father = ctx.Family.Father!;
        var baby = Baby(ctx.Family);
        var transfer = AtAge(ctx, baby, -100, -60);
        var probation = ctx.Agency(AgencyKind.Probation, transfer);
        ctx.Add(new Probation { Date = transfer, Agency = probation, Subjects = father.AsSubjects, Status = ProbationStatus.SupervisionStarted, Offence = "possession with intent to supply class A drugs (transferred in)" });
        ctx.Add(new Probation { Date = AtAge(ctx, baby, 30, 50), Agency = probation, Subjects = father.AsSubjects, Status = ProbationStatus.NotEngaging });
        var stopped = AtAge(ctx, baby, 55, 75);
        ctx.Add(new PoliceIncident { Date = stopped, Agency = ctx.Agency(AgencyKind.Police, stopped), Subjects = father.AsSubjects, Type = PoliceIncidentType.Drugs });
        ctx.Add(new Probation { Date = AtAge(ctx, baby, 80, 110), Agency = probation, Subjects = father.AsSubjects, Status = ProbationStatus.Breach });
    }
}
