using System.Text.Json.Serialization;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Core.Events;

/// <summary>
/// A fact as one agency recorded it about one or more persons on one day. Events are never
/// edited: a correction is a new event. The JSON form is the vocabulary of
/// <c>sightline-scenario/1</c>, with <c>kind</c> as the discriminator and a calendar
/// <c>date</c> where scenario files carry a relative <c>day</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Born), "born")]
[JsonDerivedType(typeof(Pregnancy), "pregnancy")]
[JsonDerivedType(typeof(Development), "development")]
[JsonDerivedType(typeof(Moved), "moved")]
[JsonDerivedType(typeof(JoinedHousehold), "joined-household")]
[JsonDerivedType(typeof(LeftHousehold), "left-household")]
[JsonDerivedType(typeof(GpRegistered), "gp-registered")]
[JsonDerivedType(typeof(Appointment), "appointment")]
[JsonDerivedType(typeof(Contact), "contact")]
[JsonDerivedType(typeof(Growth), "growth")]
[JsonDerivedType(typeof(Injury), "injury")]
[JsonDerivedType(typeof(Attendance), "attendance")]
[JsonDerivedType(typeof(Admitted), "admitted")]
[JsonDerivedType(typeof(Discharged), "discharged")]
[JsonDerivedType(typeof(Imaging), "imaging")]
[JsonDerivedType(typeof(ImagingReported), "imaging-reported")]
[JsonDerivedType(typeof(Medical), "medical")]
[JsonDerivedType(typeof(Referral), "referral")]
[JsonDerivedType(typeof(RecordsRequested), "records-requested")]
[JsonDerivedType(typeof(InformationShared), "information-shared")]
[JsonDerivedType(typeof(Acknowledged), "acknowledged")]
[JsonDerivedType(typeof(PoliceIncident), "police-incident")]
[JsonDerivedType(typeof(Probation), "probation")]
[JsonDerivedType(typeof(AdultServiceContact), "adult-service-contact")]
[JsonDerivedType(typeof(Assessment), "assessment")]
[JsonDerivedType(typeof(StrategyDiscussion), "strategy-discussion")]
[JsonDerivedType(typeof(S47Started), "s47-started")]
[JsonDerivedType(typeof(S47Concluded), "s47-concluded")]
[JsonDerivedType(typeof(SafetyPlan), "safety-plan")]
[JsonDerivedType(typeof(PlanStarted), "plan-started")]
[JsonDerivedType(typeof(PlanEnded), "plan-ended")]
[JsonDerivedType(typeof(Conference), "conference")]
[JsonDerivedType(typeof(Escalation), "escalation")]
[JsonDerivedType(typeof(Supervision), "supervision")]
[JsonDerivedType(typeof(Meeting), "meeting")]
[JsonDerivedType(typeof(Separated), "separated")]
[JsonDerivedType(typeof(Placement), "placement")]
[JsonDerivedType(typeof(Incident), "incident")]
public abstract record CaseEvent
{
    /// <summary>The day it happened (or was recorded, where the two are the same to the agency).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The agency that recorded it.</summary>
    public required AgencyId Agency { get; init; }

    /// <summary>The persons it is about.</summary>
    public required IReadOnlyList<PersonId> Subjects { get; init; }

    /// <summary>Free text. It is shown to practitioners and never drives a rule.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The same event with every person it names replaced by <paramref name="resolve"/>'s answer:
    /// how an event recorded against one agency's record of a person is read against the
    /// resolved person, once identity resolution has linked the records.
    /// </summary>
    /// <param name="resolve">The resolved id of each record id.</param>
    public virtual CaseEvent WithPersons(Func<PersonId, PersonId> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return this with { Subjects = Distinct(Subjects, resolve) };
    }

    /// <summary>Maps ids and drops the repeats that two linked records leave.</summary>
    private protected static IReadOnlyList<PersonId> Distinct(IReadOnlyList<PersonId> ids, Func<PersonId, PersonId> resolve) =>
        ids.Select(resolve).Distinct().ToArray();

    /// <summary>The wire name of this event's kind, e.g. <c>was-not-brought</c>.</summary>
    [JsonIgnore]
    public string Kind => EventKinds.KindOf(GetType());
}
