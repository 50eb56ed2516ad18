using System.Collections.Frozen;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using static Sightline.Interop.Checking.FieldRule;

namespace Sightline.Interop.Checking;

/// <summary>
/// The fields of each event kind, as FORMAT.md's events table sets them out: the one definition
/// that scenario files, JSON intake and CSV intake all check against (each dialect adds its own
/// common fields: a day or a date, an agency or a source id).
/// </summary>
internal static class EventFields
{
    private static readonly FrozenDictionary<string, IReadOnlyList<FieldRule>> ByKind =
        new Dictionary<string, IReadOnlyList<FieldRule>>(StringComparer.Ordinal)
        {
            ["born"] = [],
            ["pregnancy"] = [Must("unborn", ValueRule.Person), Must("due", ValueRule.Day)],
            ["development"] = [Must("mobility", ValueRule.OneOf<Mobility>())],
            ["moved"] =
            [
                Must("localAuthority", ValueRule.LocalAuthority), Must("housing", ValueRule.OneOf<Housing>()),
                May("arrangedBy", ValueRule.Agency),
            ],
            ["joined-household"] = [Must("household", ValueRule.Person)],
            ["left-household"] = [Must("household", ValueRule.Person)],
            ["gp-registered"] = [],
            ["appointment"] = [Must("service", ValueRule.Text), Must("outcome", ValueRule.OneOf<AppointmentOutcome>())],
            ["contact"] =
            [
                Must("mode", ValueRule.OneOf<ContactMode>()), Must("childSeen", ValueRule.Flag),
                May("outcome", ValueRule.OneOf<ContactOutcome>()),
            ],
            ["growth"] = [Must("centile", ValueRule.Centile)],
            ["injury"] =
            [
                Must("injury", ValueRule.OneOf<InjuryType>()), Must("site", ValueRule.Text),
                May("explanation", ValueRule.Text),
            ],
            ["attendance"] = [Must("setting", ValueRule.OneOf<CareSetting>()), Must("reason", ValueRule.Text)],
            ["admitted"] = [Must("reason", ValueRule.Text)],
            ["discharged"] = [Must("reason", ValueRule.Text)],
            ["imaging"] =
            [
                Must("study", ValueRule.OneOf<ImagingStudy>()), Must("reported", ValueRule.Flag),
                May("findings", ValueRule.Text),
            ],
            ["imaging-reported"] = [Must("study", ValueRule.OneOf<ImagingStudy>()), Must("findings", ValueRule.Text)],
            ["medical"] = [Must("purpose", ValueRule.OneOf<MedicalPurpose>())],
            ["referral"] = [Must("to", ValueRule.Agency), Must("concern", ValueRule.Text)],
            ["records-requested"] = [Must("to", ValueRule.Agency)],
            ["information-shared"] =
            [
                Must("to", ValueRule.Agencies), Must("about", ValueRule.Persons), Must("acknowledged", ValueRule.Flag),
            ],
            ["acknowledged"] = [Must("of", ValueRule.Day)],
            ["police-incident"] = [Must("type", ValueRule.OneOf<PoliceIncidentType>())],
            ["probation"] = [Must("status", ValueRule.OneOf<ProbationStatus>()), May("offence", ValueRule.Text)],
            ["adult-service-contact"] = [Must("concern", ValueRule.OneOf<AdultConcern>())],
            ["assessment"] = [Must("type", ValueRule.OneOf<AssessmentType>()), Must("includes", ValueRule.Persons)],
            ["strategy-discussion"] =
            [
                Must("invited", ValueRule.Agencies), Must("attended", ValueRule.Agencies),
                Must("outcome", ValueRule.OneOf<StrategyOutcome>()),
            ],
            ["s47-started"] = [],
            ["s47-concluded"] = [Must("outcome", ValueRule.OneOf<S47Outcome>())],
            ["safety-plan"] = [Must("written", ValueRule.Flag), Must("sharedWith", ValueRule.Agencies)],
            // `category` is required on child-protection and pre-birth plans only: see EventConsistencyChecker.
            ["plan-started"] =
            [
                Must("plan", ValueRule.OneOf<PlanType>()), May("category", ValueRule.OneOf<PlanCategory>()),
                Must("localAuthority", ValueRule.LocalAuthority),
            ],
            ["plan-ended"] =
            [
                Must("plan", ValueRule.OneOf<PlanType>()), Must("stepDownTo", ValueRule.OneOf<StepDown>()),
                Must("managerApproved", ValueRule.Flag), May("rationale", ValueRule.Text),
            ],
            ["conference"] =
            [
                Must("type", ValueRule.OneOf<ConferenceType>()), Must("localAuthority", ValueRule.LocalAuthority),
                Must("invited", ValueRule.Agencies), Must("attended", ValueRule.Agencies),
            ],
            ["escalation"] =
            [
                Must("stage", ValueRule.Stage), Must("status", ValueRule.OneOf<EscalationStatus>()),
                Must("about", ValueRule.Agency),
            ],
            ["supervision"] = [Must("reflective", ValueRule.Flag)],
            ["meeting"] =
            [
                Must("type", ValueRule.OneOf<MeetingType>()), Must("invited", ValueRule.Agencies),
                Must("attended", ValueRule.Agencies),
            ],
            ["separated"] = [],
            ["placement"] = [Must("type", ValueRule.OneOf<PlacementType>())],
            ["incident"] = [Must("type", ValueRule.OneOf<IncidentType>())],
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every kind that has a field table, for the consistency test against <see cref="EventKinds"/>.</summary>
    public static IReadOnlyCollection<string> Kinds => ByKind.Keys;

    /// <summary>The kind's own fields (beyond the common ones), or null when the kind is not in the vocabulary.</summary>
    public static IReadOnlyList<FieldRule>? For(string kind) => ByKind.GetValueOrDefault(kind);
}
