using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Demo.Areas;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Families;

/// <summary>What a track needs to write a family's events: its sketch, its random stream, the agencies and the timeline.</summary>
internal sealed class FamilyContext(FamilySketch sketch, Random random, AgencyCatalogue catalogue, FamilyTimeline timeline)
{
    public FamilySketch Family { get; } = sketch;

    public Random Random { get; } = random;

    public AgencyCatalogue Catalogue { get; } = catalogue;

    public FamilyTimeline Timeline { get; } = timeline;

    /// <summary>Each child's weight centile line.</summary>
    public GrowthLine Weights { get; } = new(random);

    /// <summary>The last day of the story.</summary>
    public DateOnly End => Timeline.End;

    /// <summary>The agency of a kind serving the family where it lives on the day (its own GP practice for GPs).</summary>
    public AgencyId Agency(AgencyKind kind, DateOnly day)
    {
        var home = Family.ResidenceOn(day);
        return Catalogue.Get(home.Area, kind, kind == AgencyKind.Gp ? home.GpPractice : 0);
    }

    /// <summary>The agency of a kind in a named area.</summary>
    public AgencyId AgencyIn(string area, AgencyKind kind) => Catalogue.Get(area, kind);

    public void Add(CaseEvent caseEvent) => Timeline.Add(caseEvent);

    /// <summary>A practitioner contact that reached the family.</summary>
    public void Contact(DateOnly day, AgencyKind kind, IReadOnlyList<PersonId> subjects, ContactMode mode, bool childSeen) =>
        Add(new Contact { Date = day, Agency = Agency(kind, day), Subjects = subjects, Mode = mode, ChildSeen = childSeen });

    /// <summary>A health appointment for one person.</summary>
    public void Appointment(DateOnly day, AgencyKind kind, Member who, string service, AppointmentOutcome outcome) =>
        Add(new Appointment { Date = day, Agency = Agency(kind, day), Subjects = who.AsSubjects, Service = service, Outcome = outcome });

    /// <summary>A child is weighed.</summary>
    public void Weigh(DateOnly day, AgencyKind kind, Member child) =>
        Add(new Growth { Date = day, Agency = Agency(kind, day), Subjects = child.AsSubjects, Centile = Weights.Measure(child) });

    /// <summary>
    /// The universal service that would hear of a change at home: health visiting while there is a
    /// child under five or a pregnancy, else the GP.
    /// </summary>
    public AgencyId FamilyPractitioner(DateOnly day) =>
        Family.UnbornAt(day).Count > 0 || Family.ChildrenAt(day).Any(c => c.AgeInDays(day) < 5 * 365)
            ? Agency(AgencyKind.HealthVisiting, day)
            : Agency(AgencyKind.Gp, day);

    /// <summary>
    /// One agency tells others about persons. Most replies come at once; some come as a separate
    /// acknowledgement a working day later, as busy teams do.
    /// </summary>
    public void Share(DateOnly day, AgencyId from, IReadOnlyList<AgencyId> to, IReadOnlyList<PersonId> about, string? note = null)
    {
        var atOnce = Random.Chance(0.75);
        Add(new InformationShared { Date = day, Agency = from, Subjects = about, To = to, About = about, Acknowledged = atOnce, Note = note });
        if (!atOnce)
        {
            foreach (var receiver in to)
            {
                Add(new Acknowledged { Date = Weekdays.Add(day, 1), Agency = receiver, Subjects = about, Of = day });
            }
        }
    }

    /// <summary>Ids of everyone in the household on the day.</summary>
    public IReadOnlyList<PersonId> HouseholdIds(DateOnly day) => FamilySketch.Ids(Family.HouseholdAt(day));

    /// <summary>Ids of the children born by the day.</summary>
    public IReadOnlyList<PersonId> ChildIds(DateOnly day) => FamilySketch.Ids(Family.ChildrenAt(day));
}
