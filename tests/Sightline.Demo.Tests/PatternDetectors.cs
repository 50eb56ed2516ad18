using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Demo.Tests;

/// <summary>
/// Each review pattern read from the events alone, without the generator's labels, so a test can
/// ask both "is it in the family that claims it" and "is it nowhere else".
/// </summary>
public static class PatternDetectors
{
    private static readonly Mobility[] Mobile = [Mobility.Crawling, Mobility.Cruising, Mobility.Walking];

    /// <summary>A bruise on a baby under 183 days with no mobility recorded, explained, and not referred that day.</summary>
    public static bool ExplainedBruiseOnNonMobileBaby(FamilyView view) => view.Of<Injury>().Any(i =>
        i.Type == InjuryType.Bruise && i.Explanation is not null
        && i.Subjects.Any(c => view.AgeInDays(c, i.Date) is < 183
            && !view.Of<Development>().Any(d => d.Subjects.Contains(c) && d.Date <= i.Date && Mobile.Contains(d.Mobility))
            && !view.Of<Referral>().Any(r => r.Date == i.Date && r.Subjects.Contains(c))));

    /// <summary>A father with probation events, living with a baby, whom neither probation nor police ever mention to health visiting.</summary>
    public static bool FatherOnProbationUnknownToHealthVisiting(FamilyView view, DemoFamily family)
    {
        var father = family.Batch.Persons.FirstOrDefault(p => p.Role == PersonRole.Father);
        if (father is null || !view.Of<Probation>().Any(p => p.Subjects.Contains(father.Id)))
        {
            return false;
        }
        var livesWithChild = family.Batch.Households.Any(h => h.Members.Contains(father.Id) && h.Members.Count > 1);
        var toldHealthVisiting = view.Of<InformationShared>().Any(s => s.About.Contains(father.Id)
            && (view.IsKind(s.Agency, AgencyKind.Probation) || view.IsKind(s.Agency, AgencyKind.Police))
            && s.To.Any(t => view.IsKind(t, AgencyKind.HealthVisiting)));
        var referred = view.Of<Referral>().Any(r => r.Subjects.Contains(father.Id));
        var historyKnown = father.History.Any(h => h.KnownTo.Any(a => view.IsKind(a, AgencyKind.HealthVisiting)));
        return livesWithChild && !toldHealthVisiting && !referred && !historyKnown;
    }

    /// <summary>Housing moves a child on an active child protection plan into temporary housing in another area.</summary>
    public static bool PlanChildMovedToTemporaryHousingOutOfArea(FamilyView view) => view.Of<Moved>().Any(m =>
        m.Housing == Housing.Temporary && m.ArrangedBy is { } by && view.IsKind(by, AgencyKind.Housing)
        && view.Of<PlanStarted>().Any(p => p.Plan == PlanType.ChildProtection && p.Date < m.Date && p.LocalAuthority != m.LocalAuthority
            && p.Subjects.Intersect(m.Subjects).Any()
            && !view.Of<PlanEnded>().Any(e => e.Date > p.Date && e.Date <= m.Date && e.Subjects.Intersect(p.Subjects).Any())));

    /// <summary>A strategy discussion that leaves out a GP who recorded something about the child in the year before.</summary>
    public static bool StrategyDiscussionWithoutGp(FamilyView view) => view.Of<StrategyDiscussion>().Any(s =>
        view.Events.Any(e => view.IsKind(e.Agency, AgencyKind.Gp) && e.Date <= s.Date && e.Date >= s.Date.AddDays(-365)
            && e.Subjects.Intersect(s.Subjects).Any() && !s.Invited.Contains(e.Agency)));

    /// <summary>A skeletal survey not reported with the images, and no report within a week.</summary>
    public static bool SkeletalSurveyNotReported(FamilyView view) => view.Of<Imaging>().Any(i =>
        i.Study == ImagingStudy.SkeletalSurvey && !i.Reported
        && !view.Of<ImagingReported>().Any(r => r.Study == i.Study && r.Subjects.Intersect(i.Subjects).Any() && r.Date <= i.Date.AddDays(7)));

    /// <summary>A section 47 enquiry with only an unwritten safety plan while it is open.</summary>
    public static bool NoWrittenSafetyPlan(FamilyView view) => view.Of<S47Started>().Any(s =>
    {
        var concluded = view.Of<S47Concluded>().Where(c => c.Date >= s.Date).Select(c => c.Date).DefaultIfEmpty(DateOnly.MaxValue).Min();
        var plans = view.Of<SafetyPlan>().Where(p => p.Date >= s.Date && p.Date <= concluded).ToList();
        return plans.Count > 0 && plans.All(p => !p.Written);
    });

    /// <summary>A child under two not brought to two appointments within 90 days.</summary>
    public static bool RepeatedlyNotBrought(FamilyView view) => view.Of<Appointment>()
        .Where(a => a.Outcome == AppointmentOutcome.WasNotBrought)
        .SelectMany(a => a.Subjects.Select(c => (Child: c, a.Date)))
        .Where(x => view.AgeInDays(x.Child, x.Date) is >= 0 and < 730)
        .GroupBy(x => x.Child)
        .Any(g => g.Any(x => g.Any(y => y.Date > x.Date && y.Date <= x.Date.AddDays(90))));

    /// <summary>A baby born in the history, six weeks old before the history ends, never registered with a GP.</summary>
    public static bool BabyNotRegisteredWithGp(FamilyView view, DemoFamily family)
    {
        var last = view.Events[^1].Date;
        return view.Of<Born>().SelectMany(b => b.Subjects).Any(baby =>
            view.AgeInDays(baby, last) >= 42 && !view.Of<GpRegistered>().Any(g => g.Subjects.Contains(baby)))
            && family.Batch.Persons.Any(p => p.Role == PersonRole.Child && !p.GpRegistered);
    }

    /// <summary>A mother with children removed elsewhere moves in, and no records are asked of that area.</summary>
    public static bool PreviousChildRemovedElsewhere(FamilyView view, DemoFamily family)
    {
        var mother = family.Batch.Persons.Single(p => p.Role == PersonRole.Mother);
        var removedIn = mother.History.Where(h => h.Fact == HistoryFactKind.PreviousChildRemoved)
            .SelectMany(h => h.KnownTo).Select(a => view.Agency(a).LocalAuthority).ToHashSet();
        return view.Of<Moved>().Any(m => m.Subjects.Contains(mother.Id) && removedIn.Any(area => area != m.LocalAuthority)
            && !view.Of<RecordsRequested>().Any(r => r.Date >= m.Date && removedIn.Contains(view.Agency(r.To).LocalAuthority)));
    }

    /// <summary>A child on a child protection plan whose father is in no assessment.</summary>
    public static bool FatherNeverAssessed(FamilyView view) => view.Of<PlanStarted>()
        .Where(p => p.Plan is PlanType.ChildProtection or PlanType.PreBirthChildProtection)
        .SelectMany(p => p.Subjects)
        .SelectMany(view.ParentsOf)
        .Any(parent => view.Person(parent).Role == PersonRole.Father
            && view.Of<Assessment>().Any()
            && !view.Of<Assessment>().Any(a => a.Includes.Contains(parent)));

    /// <summary>A share about a looked-after mother that no receiver ever acknowledges.</summary>
    public static bool LookedAfterMotherShareUnanswered(FamilyView view, DemoFamily family)
    {
        var lookedAfter = family.Batch.Persons.Where(p => p.History.Any(h => h.Fact == HistoryFactKind.LookedAfter)).Select(p => p.Id).ToHashSet();
        return view.Of<InformationShared>().Any(s => !s.Acknowledged && s.About.Any(lookedAfter.Contains)
            && !view.Of<Acknowledged>().Any(a => a.Of == s.Date && s.To.Contains(a.Agency)));
    }

    /// <summary>A child protection plan ended without a manager's approval or a rationale.</summary>
    public static bool StepDownWithoutOversight(FamilyView view) => view.Of<PlanEnded>().Any(p =>
        p.Plan is PlanType.ChildProtection or PlanType.PreBirthChildProtection && !p.ManagerApproved && p.Rationale is null);
}
