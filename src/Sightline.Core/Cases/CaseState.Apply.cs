using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;

namespace Sightline.Core.Cases;

public sealed partial class CaseState
{
    /// <summary>
    /// Folds one event into the state. Events must come in order (by date, then as listed);
    /// an event dated before the last one applied is refused, because every rule reads time forwards.
    /// </summary>
    /// <param name="caseEvent">The event.</param>
    /// <param name="id">Its stable identity; its position in the history when null.</param>
    /// <returns>The event with its position in the history.</returns>
    public RecordedEvent Apply(CaseEvent caseEvent, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        if (Today is { } today && caseEvent.Date < today)
        {
            throw new ArgumentException($"Events must come in date order: {caseEvent.Date:yyyy-MM-dd} follows {today:yyyy-MM-dd}.", nameof(caseEvent));
        }
        Today = caseEvent.Date;
        var recorded = new RecordedEvent(history.Count, caseEvent, id ?? history.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        history.Add(recorded);
        foreach (var subject in caseEvent.Subjects.Distinct())
        {
            if (!historyAbout.TryGetValue(subject, out var about))
            {
                historyAbout[subject] = about = [];
            }
            about.Add(recorded);
        }

        switch (caseEvent)
        {
            case Born e: ApplyBorn(e); break;
            case Pregnancy e: ApplyPregnancy(e); break;
            case Development e: ForEachSubject(e, s => mobility[s] = e.Mobility); break;
            case Moved e: ApplyMoved(e); break;
            case JoinedHousehold e: ForEachSubject(e, s => MoveInto(s, householdOf[e.Household])); break;
            case LeftHousehold e: ForEachSubject(e, s => MoveInto(s, new HouseholdState(householdOf[s].Area, householdOf[s].Housing))); break;
            case GpRegistered e: ForEachSubject(e, s => gpRegistered.Add(s)); break;
            case Admitted e: ForEachSubject(e, s => admittedBy[s] = recorded); break;
            case Discharged e: ForEachSubject(e, s => admittedBy.Remove(s)); break;
            case Placement e: ApplyPlacement(e); break;
            case S47Started e: ForEachSubject(e, s => s47OpenedBy[s] = recorded); break;
            case S47Concluded e: ForEachSubject(e, s => s47OpenedBy.Remove(s)); break;
            case PlanStarted e: ForEachSubject(e, s => StartPlan(s, e)); break;
            case PlanEnded e: ForEachSubject(e, s => EndPlan(s, e)); break;
            case Incident { Type: IncidentType.Death } e: ForEachSubject(e, s => diedOn.TryAdd(s, e.Date)); break;
            case Conference { Type: ConferenceType.TransferIn } e: ForEachSubject(e, s => TransferPlans(s, e.LocalAuthority)); break;
            case PoliceIncident e: ForEachSubject(e, s => Learn(s, FactKey.Of(e.Type), e.Agency)); break;
            case Probation e:
                ForEachSubject(e, s =>
                {
                    Learn(s, FactKey.Of(e.Status), e.Agency);
                    Learn(s, FactKey.Of(HistoryFactKind.ProbationSupervision), e.Agency);
                });
                break;
            case AdultServiceContact e: ForEachSubject(e, s => Learn(s, FactKey.Of(e.Concern), e.Agency)); break;
            case InformationShared e: Tell(e.Agency, e.About, e.To); break;
            case Referral e: Tell(e.Agency, e.Subjects, [e.To]); break;
            default: break;
        }
        Involve(caseEvent);
        return recorded;
    }

    private static void ForEachSubject(CaseEvent e, Action<PersonId> apply)
    {
        foreach (var s in e.Subjects)
        {
            apply(s);
        }
    }

    private void ApplyBorn(Born e)
    {
        foreach (var child in e.Subjects)
        {
            roles[child] = PersonRole.Child;
            bornOn.TryAdd(child, e.Date);
            if (plans.TryGetValue(child, out var list))
            {
                // At birth a pre-birth plan becomes a child-protection plan of the same area and category.
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is { IsActive: true, Type: PlanType.PreBirthChildProtection } plan)
                    {
                        list[i] = plan with { Type = PlanType.ChildProtection };
                    }
                }
            }
        }
    }

    private void ApplyPregnancy(Pregnancy e)
    {
        var mother = e.Subjects[0];
        pregnancies.TryAdd(e.Unborn, (mother, e.Date));
        // An unborn child lives in its mother's household.
        if (IsUnborn(e.Unborn) && householdOf[e.Unborn] != householdOf[mother])
        {
            MoveInto(e.Unborn, householdOf[mother]);
        }
    }

    private void ApplyMoved(Moved e)
    {
        var household = new HouseholdState(e.LocalAuthority, e.Housing);
        var movers = e.Subjects.ToHashSet();
        // An unborn child goes where its mother goes, whether or not the record lists it.
        foreach (var unborn in householdOf.Keys.Where(p => IsUnborn(p) && MotherOf(p) is { } m && movers.Contains(m) && householdOf[p] == householdOf[m]).ToList())
        {
            movers.Add(unborn);
        }
        foreach (var s in movers)
        {
            previousArea[s] = householdOf[s].Area;
            MoveInto(s, household);
            if (e.Housing == Housing.FosterPlacement)
            {
                placed.Add(s);
            }
            else
            {
                placed.Remove(s);
            }
        }
    }

    private void ApplyPlacement(Placement e)
    {
        foreach (var child in e.Subjects)
        {
            placed.Add(child);
            MoveInto(child, new HouseholdState(householdOf[child].Area, null));
        }
    }

    private void MoveInto(PersonId person, HouseholdState household)
    {
        householdOf[person].Members.Remove(person);
        household.Members.Add(person);
        householdOf[person] = household;
    }

    private void StartPlan(PersonId child, PlanStarted e)
    {
        // A child-protection plan started for an unborn child is a pre-birth plan, and the
        // reverse holds after birth; a plan-started for an active plan type continues it.
        var type = (e.Plan, IsUnborn(child)) switch
        {
            (PlanType.ChildProtection, true) => PlanType.PreBirthChildProtection,
            (PlanType.PreBirthChildProtection, false) => PlanType.ChildProtection,
            var (t, _) => t,
        };
        if (!plans.TryGetValue(child, out var list))
        {
            plans[child] = list = [];
        }
        if (list.Any(p => p.IsActive && p.Type == type))
        {
            return;
        }
        list.Add(new PlanRecord(type, e.Category, e.LocalAuthority, e.Date, null));
    }

    private void EndPlan(PersonId child, PlanEnded e)
    {
        if (!plans.TryGetValue(child, out var list))
        {
            return;
        }
        // The plan's current type decides, whatever the event's plan field says.
        var protection = e.Plan is PlanType.ChildProtection or PlanType.PreBirthChildProtection;
        var index = list.FindIndex(p => p.IsActive && (protection ? p.IsProtection : p.Type == e.Plan));
        if (index >= 0)
        {
            list[index] = list[index] with { Ended = e.Date };
        }
    }

    private void TransferPlans(PersonId child, string area)
    {
        if (!plans.TryGetValue(child, out var list))
        {
            return;
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].IsActive && list[i].LocalAuthority != area)
            {
                list[i] = list[i] with { LocalAuthority = area };
            }
        }
    }

    private void Tell(AgencyId from, IEnumerable<PersonId> about, IReadOnlyList<AgencyId> to)
    {
        foreach (var person in about)
        {
            var facts = knowers.TryGetValue(person, out var known) ? known.Where(k => k.Value.Contains(from)).Select(k => k.Key).ToList() : [];
            foreach (var fact in facts)
            {
                foreach (var receiver in to)
                {
                    Learn(person, fact, receiver);
                }
            }
        }
    }

    private void Involve(CaseEvent e)
    {
        // An agency is involved with a child from the first event it records about the child or
        // any member of the child's household at that time.
        foreach (var child in Children.ToList())
        {
            if (e.Subjects.Contains(child) || householdOf[child].Members.Overlaps(e.Subjects))
            {
                if (!involvement.TryGetValue(child, out var agenciesOfChild))
                {
                    involvement[child] = agenciesOfChild = [];
                }
                agenciesOfChild.TryAdd(e.Agency, e.Date);
                if (!lastRecorded.TryGetValue(child, out var latest))
                {
                    lastRecorded[child] = latest = [];
                }
                latest[e.Agency] = e.Date;
            }
        }
    }
}
