using Sightline.Core.Events;

namespace Sightline.Web.Chronology;

/// <summary>
/// Sorts each recorded event into a <see cref="Significance"/>, from what it says rather than its
/// kind alone: a contact is routine when the child was seen and a warning sign when they were not.
/// </summary>
internal static class EventSignificance
{
    public static Significance Of(CaseEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded switch
        {
            Injury or Incident or PoliceIncident or Attendance or Admitted or Referral or Escalation
                or JoinedHousehold or LeftHousehold or Moved or Separated or AdultServiceContact => Significance.Concern,
            Appointment e => e.Outcome == AppointmentOutcome.Attended ? Significance.Routine : Significance.Concern,
            Contact e => e.Outcome == ContactOutcome.NoAccess || !e.ChildSeen ? Significance.Concern : Significance.Routine,
            Probation e => e.Status is ProbationStatus.NotEngaging or ProbationStatus.Breach ? Significance.Concern : Significance.Routine,
            ImagingReported e => string.IsNullOrWhiteSpace(e.Findings) ? Significance.Routine : Significance.Concern,
            Imaging e => e.Findings is null ? Significance.Routine : Significance.Concern,
            StrategyDiscussion or S47Started or S47Concluded or PlanStarted or PlanEnded or Conference
                or Assessment or Placement or Medical or SafetyPlan or Meeting => Significance.Decision,
            _ => Significance.Routine,
        };
    }

    /// <summary>The words a filter and a tag show.</summary>
    public static string Name(Significance significance) => significance switch
    {
        Significance.Concern => "Warning sign",
        Significance.Decision => "Safeguarding step",
        _ => "Routine",
    };
}
