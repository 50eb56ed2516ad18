using Sightline.Core.Events;
using Sightline.Web.Presentation;

namespace Sightline.Web.Chronology;

/// <summary>
/// One plain-English line for every kind of event, as a chronology reads: what was recorded and
/// by whom ("Bruise (cheek) seen by Northmoor Health Visiting"). The note is shown beside it, not here.
/// </summary>
internal static class EventWording
{
    public static string Describe(CaseEvent recorded, CaseNames names)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(names);
        var by = names.Agency(recorded.Agency);
        var who = names.Persons(recorded.Subjects);
        return recorded switch
        {
            Born => $"{who} born",
            Pregnancy e => $"Pregnancy of {who} recorded by {by}; {names.Person(e.Unborn)} due {Words.Date(e.Due)}",
            Development e => $"{who} seen {Words.Of(e.Mobility)} by {by}",
            Moved e => Moved(e, who, names),
            JoinedHousehold e => $"{who} joined the household of {names.Person(e.Household)} (recorded by {by})",
            LeftHousehold e => $"{who} left the household of {names.Person(e.Household)} (recorded by {by})",
            GpRegistered => $"{who} registered with {by}",
            Appointment e => $"{Words.Capitalised(e.Service)} with {by}: {Outcome(e.Outcome)}",
            Contact e => Contact(e, by),
            Growth e => $"Weight on the {Centile(e.Centile)} centile, measured by {by}",
            Injury e => Injury(e, by),
            Attendance e => $"Attended {Setting(e.Setting)} ({by}): {e.Reason}",
            Admitted e => $"Admitted to {by}: {e.Reason}",
            Discharged e => $"Discharged by {by}: {e.Reason}",
            Imaging e => Imaging(e, by),
            ImagingReported e => $"{Study(e.Study)} reported by {by}: {e.Findings}",
            Medical => $"Child protection medical by {by}",
            Referral e => $"Referral by {by} to {names.Agency(e.To)}: {e.Concern}",
            RecordsRequested e => $"{by} asked {names.Agency(e.To)} for records",
            InformationShared e => InformationShared(e, by, names),
            Acknowledged e => $"{by} acknowledged the information shared on {Words.Date(e.Of)}",
            PoliceIncident e => $"Police incident ({Words.Of(e.Type)}) involving {who}, recorded by {by}",
            Probation e => Probation(e, who, by),
            AdultServiceContact e => $"{by} saw {who} about {Words.Of(e.Concern)}",
            Assessment e => $"{Words.Capitalised(AssessmentName(e.Type))} by {by}, including {names.Persons(e.Includes)}",
            StrategyDiscussion e => $"Strategy discussion held by {by}: {StrategyOutcome(e.Outcome)}; invited {names.Agencies(e.Invited)}; attended {names.Agencies(e.Attended)}",
            S47Started => $"Section 47 enquiry started by {by}",
            S47Concluded e => $"Section 47 enquiry concluded by {by}: {S47Outcome(e.Outcome)}",
            SafetyPlan e => SafetyPlan(e, by, names),
            PlanStarted e => PlanStarted(e, by),
            PlanEnded e => PlanEnded(e, by),
            Conference e => $"{Words.Capitalised(ConferenceName(e.Type))} in {e.LocalAuthority}; invited {names.Agencies(e.Invited)}; attended {names.Agencies(e.Attended)}",
            Escalation e => $"Escalation at stage {e.Stage} {Words.Of(e.Status)} by {by} about {names.Agency(e.About)}",
            Supervision e => e.Reflective ? $"Reflective case supervision at {by}" : $"Case supervision at {by}",
            Meeting e => $"{Words.Capitalised(MeetingName(e.Type))} held by {by}; invited {names.Agencies(e.Invited)}; attended {names.Agencies(e.Attended)}",
            Separated => $"{who} separated (recorded by {by})",
            Placement e => $"{who} placed in {Words.Of(e.Type)} care by {by}",
            Incident e => e.Type == IncidentType.Death ? $"Death of {who}, recorded by {by}" : $"Serious injury to {who}, recorded by {by}",
            _ => throw new ArgumentException($"No wording for the event kind {recorded.Kind}.", nameof(recorded)),
        };
    }

    private static string Moved(Moved e, string who, CaseNames names)
    {
        var housing = e.Housing switch
        {
            Housing.FosterPlacement => "a foster placement",
            Housing.Refuge => "a refuge",
            _ => $"{Words.Of(e.Housing)} housing",
        };
        var arranged = e.ArrangedBy is { } agency ? $", arranged by {names.Agency(agency)}" : "";
        return $"{who} moved to {housing} in {e.LocalAuthority}{arranged}";
    }

    private static string Outcome(AppointmentOutcome outcome) => outcome switch
    {
        AppointmentOutcome.WasNotBrought => "was not brought",
        _ => Words.Of(outcome),
    };

    private static string Contact(Contact e, string by)
    {
        var mode = e.Mode switch
        {
            ContactMode.HomeVisit => "Home visit",
            ContactMode.Clinic => "Clinic contact",
            ContactMode.Phone => "Phone call",
            _ => "Virtual contact",
        };
        var result = e.Outcome == ContactOutcome.NoAccess ? "no access" : e.ChildSeen ? "child seen" : "child not seen";
        return $"{mode} by {by}: {result}";
    }

    private static string Centile(double centile) => centile switch
    {
        _ when centile % 10 == 1 && centile % 100 != 11 => $"{centile:0.#}st",
        _ when centile % 10 == 2 && centile % 100 != 12 => $"{centile:0.#}nd",
        _ when centile % 10 == 3 && centile % 100 != 13 => $"{centile:0.#}rd",
        _ when centile % 1 == 0 => $"{centile:0}th",
        _ => $"{centile:0.#}th",
    };

    private static string Injury(Injury e, string by)
    {
        var line = $"{Words.Capitalised(Words.Of(e.Type))} ({e.Site}) seen by {by}";
        return e.Explanation is { } explanation ? $"{line}; explanation given: {explanation}" : line;
    }

    private static string Setting(CareSetting setting) => setting switch
    {
        CareSetting.EmergencyDepartment => "the emergency department",
        CareSetting.WalkIn => "a walk-in centre",
        CareSetting.OutOfHours => "out-of-hours care",
        _ => "urgent care",
    };

    private static string Study(ImagingStudy study) => study switch
    {
        ImagingStudy.SkeletalSurvey => "Skeletal survey",
        ImagingStudy.CtHead => "CT head scan",
        _ => "MRI scan",
    };

    private static string Imaging(Imaging e, string by)
    {
        var line = $"{Study(e.Study)} by {by}: {(e.Reported ? "reported" : "not yet reported")}";
        return e.Findings is { } findings ? $"{line}; findings: {findings}" : line;
    }

    private static string InformationShared(InformationShared e, string by, CaseNames names) =>
        $"{by} shared information about {names.Persons(e.About)} with {names.Agencies(e.To)}; {(e.Acknowledged ? "acknowledged" : "not acknowledged")}";

    private static string Probation(Probation e, string who, string by)
    {
        var status = e.Status switch
        {
            ProbationStatus.SupervisionStarted => "supervision started",
            ProbationStatus.NotEngaging => "not engaging with supervision",
            ProbationStatus.Breach => "breach of supervision",
            _ => "supervision ended",
        };
        var offence = e.Offence is { } o ? $" (offence: {o})" : "";
        return $"Probation: {who}, {status}{offence}, recorded by {by}";
    }

    private static string AssessmentName(AssessmentType type) => type switch
    {
        AssessmentType.Single => "single assessment",
        AssessmentType.PreBirth => "pre-birth assessment",
        AssessmentType.Parenting => "parenting assessment",
        _ => "risk assessment",
    };

    private static string StrategyOutcome(StrategyOutcome outcome) => outcome switch
    {
        Core.Events.StrategyOutcome.S47 => "section 47 enquiry",
        Core.Events.StrategyOutcome.NoFurtherAction => "no further action",
        Core.Events.StrategyOutcome.ChildInNeed => "child in need",
        _ => "early help",
    };

    private static string S47Outcome(S47Outcome outcome) => outcome switch
    {
        Core.Events.S47Outcome.Icpc => "initial child protection conference",
        Core.Events.S47Outcome.NoFurtherAction => "no further action",
        _ => "child in need",
    };

    private static string SafetyPlan(SafetyPlan e, string by, CaseNames names) =>
        $"Safety plan by {by}: {(e.Written ? "written" : "not written")}, shared with {names.Agencies(e.SharedWith)}";

    private static string PlanStarted(PlanStarted e, string by)
    {
        var category = e.Category is { } c ? $", category {Words.Of(c)}" : "";
        return $"{Words.Capitalised(Words.Plan(e.Plan))} plan started by {by} ({e.LocalAuthority}){category}";
    }

    private static string PlanEnded(PlanEnded e, string by)
    {
        var stepDown = e.StepDownTo switch
        {
            StepDown.ChildInNeed => "stepped down to child in need",
            StepDown.EarlyHelp => "stepped down to early help",
            _ => "no further plan",
        };
        var approval = e.ManagerApproved ? "manager approved" : "without manager approval";
        var rationale = e.Rationale is { } r ? $"; rationale: {r}" : "; no rationale recorded";
        return $"{Words.Capitalised(Words.Plan(e.Plan))} plan ended by {by}: {stepDown}, {approval}{rationale}";
    }

    private static string ConferenceName(ConferenceType type) => type switch
    {
        ConferenceType.Initial => "initial child protection conference",
        ConferenceType.Review => "review child protection conference",
        ConferenceType.TransferIn => "transfer-in child protection conference",
        _ => "pre-birth child protection conference",
    };

    private static string MeetingName(MeetingType type) => type switch
    {
        MeetingType.Professionals => "professionals meeting",
        MeetingType.DischargePlanning => "discharge planning meeting",
        _ => "core group meeting",
    };
}
