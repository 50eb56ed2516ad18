using Sightline.Core.Agencies;

namespace Sightline.Demo.Areas;

/// <summary>
/// The invented neighbouring local authorities and, in each, an agency of every kind (three GP
/// practices). The names are made up on purpose: demo data must never read as a real council's records;
/// so are children's social care's contact details.
/// </summary>
internal sealed class AgencyCatalogue
{
    private static readonly IReadOnlyList<LocalArea> Defined =
    [
        new("Aldermere", "aldermere", "Aldermere General Hospital", "Northmarch Police",
            ["Mill Lane Surgery", "Church View Medical Practice", "Aldermere Health Centre"]),
        new("Hollinsmoor", "hollinsmoor", "Hollinsmoor Royal Infirmary", "Northmarch Police",
            ["Moorside Family Practice", "Beckwith Road Surgery", "Hollinsmoor Village Surgery"]),
        new("Wrenfield", "wrenfield", "Wrenfield and District Hospital", "Southmarch Constabulary",
            ["Orchard Medical Centre", "Wrenfield Green Surgery", "Kingsway Practice"]),
        new("Kestrelby", "kestrelby", "Kestrelby Infirmary", "Southmarch Constabulary",
            ["Harbour Street Surgery", "Saltings Medical Practice", "Kestrelby Park Surgery"]),
    ];

    private readonly Dictionary<(string Area, AgencyKind Kind), Agency[]> _byAreaAndKind = [];

    public AgencyCatalogue()
    {
        var all = new List<Agency>();
        foreach (var area in Defined)
        {
            foreach (var agency in AgenciesOf(area))
            {
                all.Add(agency);
                var key = (area.Name, agency.Kind);
                _byAreaAndKind[key] = _byAreaAndKind.TryGetValue(key, out var existing) ? [.. existing, agency] : [agency];
            }
        }
        Agencies = all;
        ById = all.ToDictionary(a => a.Id);
    }

    /// <summary>The areas in a fixed order.</summary>
    public IReadOnlyList<LocalArea> Areas { get; } = Defined;

    /// <summary>Every agency, area by area.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>Agencies by id.</summary>
    public IReadOnlyDictionary<AgencyId, Agency> ById { get; }

    /// <summary>The area's agency of a kind; for GPs, the practice with that number (0 to 2).</summary>
    public AgencyId Get(string area, AgencyKind kind, int practice = 0) => _byAreaAndKind[(area, kind)][practice].Id;

    /// <summary>How many GP practices each area has.</summary>
    public static int GpPracticesPerArea => 3;

    /// <summary>
    /// Children's social care's front door and emergency duty team, whom a flag check tells a
    /// clinician to call: numbers in Ofcom's range for drama (01632 960xxx) and addresses under
    /// example.org, so no demo contact can reach anyone.
    /// </summary>
    private static AgencyContact FrontDoor(LocalArea area)
    {
        var index = Defined.ToList().IndexOf(area);
        return new AgencyContact($"01632 960 {100 + index:000}", $"front.door@{area.Slug}.example.org", $"01632 960 {900 + index:000}");
    }

    private static IEnumerable<Agency> AgenciesOf(LocalArea area)
    {
        var la = area.Name;
        Agency Make(string suffix, string name, AgencyKind kind) => new(new AgencyId($"demo.{area.Slug}-{suffix}"), name, kind, la);

        yield return Make("csc", $"{la} Children's Social Care", AgencyKind.ChildrensSocialCare) with { Contact = FrontDoor(area) };
        yield return Make("early-help", $"{la} Early Help Hub", AgencyKind.EarlyHelp);
        yield return Make("hv", $"{la} 0-19 Healthy Child Service (health visiting)", AgencyKind.HealthVisiting);
        yield return Make("midwifery", $"Community Midwifery, {area.Hospital}", AgencyKind.Midwifery);
        for (var i = 0; i < area.GpPractices.Count; i++)
        {
            yield return Make($"gp-{i + 1}", $"{area.GpPractices[i]}, {la}", AgencyKind.Gp);
        }
        yield return Make("ed", $"Emergency Department, {area.Hospital}", AgencyKind.EmergencyDepartment);
        yield return Make("paediatrics", $"Children's Ward, {area.Hospital}", AgencyKind.HospitalPaediatrics);
        yield return Make("radiology", $"Radiology, {area.Hospital}", AgencyKind.Radiology);
        yield return Make("perinatal-mh", $"Perinatal Mental Health Team, Marches Partnership NHS Trust ({la})", AgencyKind.PerinatalMentalHealth);
        yield return Make("adult-mh", $"{la} Community Mental Health Team", AgencyKind.AdultMentalHealth);
        yield return Make("police", $"{area.PoliceForce} ({la} policing area)", AgencyKind.Police);
        yield return Make("probation", $"Probation Service, {la} delivery unit", AgencyKind.Probation);
        yield return Make("housing", $"{la} Housing Options", AgencyKind.Housing);
        yield return Make("education", $"{la} Schools Safeguarding Team", AgencyKind.Education);
        yield return Make("substance-misuse", $"{la} Recovery Partnership", AgencyKind.SubstanceMisuse);
        yield return Make("leaving-care", $"{la} Leaving Care Team", AgencyKind.LeavingCare);
        yield return Make("da-service", $"Safe Harbour {la} (domestic abuse service)", AgencyKind.DomesticAbuseService);
        yield return Make("yjs", $"{la} Youth Justice Service", AgencyKind.YouthOffending);
        yield return Make("camhs", $"{la} CAMHS, Marches Partnership NHS Trust", AgencyKind.Camhs);
        yield return Make("voluntary", $"Family Lantern {la} (family support charity)", AgencyKind.Voluntary);
    }
}
