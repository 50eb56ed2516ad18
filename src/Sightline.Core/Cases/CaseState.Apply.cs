using System.Runtime.InteropServices;
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
        Index(recorded);

        Fold(recorded);
        Involve(caseEvent);
        return recorded;
    }

    // Loops rather than a helper taking a lambda: a lambda capturing the event costs an
    // allocation on every event folded, whichever kind it is.
    private void Fold(RecordedEvent recorded)
    {
        switch (recorded.Event)
        {
            case Born e: ApplyBorn(e); break;
            case Pregnancy e: ApplyPregnancy(e); break;
            case Development e:
                foreach (var s in e.Subjects)
                {
                    mobility[s] = e.Mobility;
                }
                break;
            case Moved e: ApplyMoved(e); break;
            case JoinedHousehold e:
                foreach (var s in e.Subjects)
                {
                    MoveInto(s, householdOf[e.Household]);
                }
                break;
            case LeftHousehold e:
                foreach (var s in e.Subjects)
                {
                    MoveInto(s, new HouseholdState(householdOf[s].Area, householdOf[s].Housing));
                }
                break;
            case GpRegistered e:
                foreach (var s in e.Subjects)
                {
                    gpRegistered.Add(s);
                }
                break;
            case Admitted e:
                foreach (var s in e.Subjects)
                {
                    admittedBy[s] = recorded;
                }
                break;
            case Discharged e:
                foreach (var s in e.Subjects)
                {
                    admittedBy.Remove(s);
                }
                break;
            case Placement e: ApplyPlacement(e); break;
            case S47Started e:
                foreach (var s in e.Subjects)
                {
                    s47OpenedBy[s] = recorded;
                }
                break;
            case S47Concluded e:
                foreach (var s in e.Subjects)
                {
                    s47OpenedBy.Remove(s);
                }
                break;
            case PlanStarted e:
                foreach (var s in e.Subjects)
                {
                    StartPlan(s, e);
                }
                break;
            case PlanEnded e:
                foreach (var s in e.Subjects)
                {
                    EndPlan(s, e);
                }
                break;
            case Incident { Type: IncidentType.Death } e:
                foreach (var s in e.Subjects)
                {
                    diedOn.TryAdd(s, e.Date);
                }
                break;
            case Conference { Type: ConferenceType.TransferIn } e:
                foreach (var s in e.Subjects)
                {
                    TransferPlans(s, e.LocalAuthority);
                }
                break;
            case PoliceIncident e:
                foreach (var s in e.Subjects)
                {
                    Learn(s, FactKey.Of(e.Type), e.Agency);
                }
                break;
            case Probation e:
                foreach (var s in e.Subjects)
                {
                    Learn(s, FactKey.Of(e.Status), e.Agency);
                    Learn(s, FactKey.Of(HistoryFactKind.ProbationSupervision), e.Agency);
                }
                break;
            case AdultServiceContact e:
                foreach (var s in e.Subjects)
                {
                    Learn(s, FactKey.Of(e.Concern), e.Agency);
                }
                break;
            case InformationShared e: Tell(e.Agency, e.About, e.To); break;
            case Referral e: Tell(e.Agency, e.Subjects, [e.To]); break;
            default: break;
        }
    }

    private void Index(RecordedEvent recorded)
    {
        var e = recorded.Event;
        var kind = e.GetType();
        if (!historyByKind.TryGetValue(kind, out var ofKind))
        {
            historyByKind[kind] = ofKind = [];
        }
        ofKind.Add(recorded);
        var subjects = e.Subjects;
        for (var i = 0; i < subjects.Count; i++)
        {
            var subject = subjects[i];
            if (IndexOf(subjects, subject) < i)
            {
                continue; // listed twice: one entry per person
            }
            if (!historyAbout.TryGetValue(subject, out var about))
            {
                historyAbout[subject] = about = new PersonEvents();
            }
            about.All.Add(recorded);
            if (!about.ByKind.TryGetValue(kind, out var aboutOfKind))
            {
                about.ByKind[kind] = aboutOfKind = [];
            }
            aboutOfKind.Add(recorded);
            if (about.FirstByAgency.TryAdd(e.Agency, recorded) && agencies.TryGetValue(e.Agency, out var agency))
            {
                if (!firstRecordedByKind.TryGetValue(agency.Kind, out var firsts))
                {
                    firstRecordedByKind[agency.Kind] = firsts = [];
                }
                firsts.Add((subject, recorded));
            }
        }
    }

    private static int IndexOf(IReadOnlyList<PersonId> subjects, PersonId person)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            if (subjects[i] == person)
            {
                return i;
            }
        }
        return -1;
    }

    private static bool AnyMember(HashSet<PersonId> household, IReadOnlyList<PersonId> subjects)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            if (household.Contains(subjects[i]))
            {
                return true;
            }
        }
        return false;
    }

    private void ApplyBorn(Born e)
    {
        foreach (var child in e.Subjects)
        {
            roles[child] = PersonRole.Child;
            NoteIfChild(child);
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
        foreach (var child in children)
        {
            if (IndexOf(e.Subjects, child) >= 0 || AnyMember(householdOf[child].Members, e.Subjects))
            {
                if (!recordedAbout.TryGetValue(child, out var byAgency))
                {
                    recordedAbout[child] = byAgency = [];
                }
                // One look-up for both days: this runs for every child an event touches.
                ref var days = ref CollectionsMarshal.GetValueRefOrAddDefault(byAgency, e.Agency, out var known);
                days = new Recorded(known ? days.First : e.Date, e.Date);
            }
        }
    }
}
