using Sightline.Core.Calendar;

namespace Sightline.Core.Protocols;

/// <summary>
/// A safeguarding partnership's thresholds and local choices. The defaults are the values of the
/// rule contract (FORMAT.md); a partnership changes them in its policy file.
/// </summary>
public sealed record ProtocolSettings
{
    /// <summary>The contract's defaults.</summary>
    public static ProtocolSettings Default { get; } = new();

    /// <summary>How bruising to a non-mobile child is answered.</summary>
    public BruisingResponse BruisingResponse { get; init; } = BruisingResponse.ReferToChildrensSocialCare;

    /// <summary>Time allowed for the referral and strategy discussion after bruising to a non-mobile child.</summary>
    public Timescale BruisingNextStep { get; init; } = Timescale.WorkingDays(1);

    /// <summary>A child with no recorded mobility is treated as non-mobile below this age in days.</summary>
    public int NonMobileBelowAgeDays { get; init; } = 183;

    /// <summary>An ended plan still flags a child at unscheduled care for this many days.</summary>
    public int FlaggedPlanEndedWithinDays { get; init; } = 365;

    /// <summary>Time for a transfer-in conference after a child on a plan moves area.</summary>
    public Timescale TransferInConference { get; init; } = Timescale.WorkingDays(15);

    /// <summary>Age below which a household adult's risk facts must be known to health visiting and social care.</summary>
    public int HouseholdRiskChildAgeYears { get; init; } = 2;

    /// <summary>Time to assess an adult after a plan starts or the adult joins the household.</summary>
    public Timescale AdultAssessment { get; init; } = Timescale.WorkingDays(10);

    /// <summary>Time for an adult service to share with the child's health visiting or social care.</summary>
    public Timescale ThinkFamilySharing { get; init; } = Timescale.WorkingDays(5);

    /// <summary>Age below which think-family applies to a parent's or carer's child.</summary>
    public int ThinkFamilyChildAgeYears { get; init; } = 1;

    /// <summary>Window in which a second was-not-brought raises the alert.</summary>
    public int WasNotBroughtWindowDays { get; init; } = 90;

    /// <summary>Age below which a second was-not-brought raises the alert.</summary>
    public int WasNotBroughtChildAgeYears { get; init; } = 2;

    /// <summary>Age in days by which a newborn should be registered with a GP.</summary>
    public int GpRegistrationByAgeDays { get; init; } = 42;

    /// <summary>Centile spaces of fall from the highest recorded that raise faltering growth.</summary>
    public double FalteringGrowthCentileSpaces { get; init; } = 2.0;

    /// <summary>How far back an agency's records make it one to invite to a strategy discussion.</summary>
    public int StrategyLookbackDays { get; init; } = 365;

    /// <summary>Time for a written, shared safety plan after an S47 enquiry starts or a discharge during one.</summary>
    public Timescale SafetyPlan { get; init; } = Timescale.WorkingDays(1);

    /// <summary>Time for the formal report of a skeletal survey.</summary>
    public Timescale ImagingReport { get; init; } = Timescale.WorkingDays(2);

    /// <summary>Time to request records from the previous area after a family with history moves in.</summary>
    public Timescale OutOfAreaRecordsRequest { get; init; } = Timescale.WorkingDays(10);

    /// <summary>Time for the receiver to acknowledge shared information.</summary>
    public Timescale InformationAcknowledgement { get; init; } = Timescale.WorkingDays(2);

    /// <summary>Time from the strategy discussion to the initial child protection conference.</summary>
    public Timescale InitialConference { get; init; } = Timescale.WorkingDays(15);

    /// <summary>Time from the initial conference to the first review.</summary>
    public Timescale FirstReviewConference { get; init; } = Timescale.Months(3);

    /// <summary>Time between later reviews.</summary>
    public Timescale LaterReviewConference { get; init; } = Timescale.Months(6);

    /// <summary>Time to resolve or raise an escalation to the next stage.</summary>
    public Timescale EscalationStage { get; init; } = Timescale.WorkingDays(5);

    /// <summary>The number of referrals in the window that raises repeat-referrals.</summary>
    public int RepeatReferralCount { get; init; } = 3;

    /// <summary>The window for repeat referrals.</summary>
    public int RepeatReferralWindowDays { get; init; } = 365;

    /// <summary>How long a child on a child-protection plan may go unseen by social care.</summary>
    public Timescale ChildSeen { get; init; } = Timescale.WorkingDays(10);

    /// <summary>Window in which a second injury raises repeat-injury.</summary>
    public int RepeatInjuryWindowDays { get; init; } = 90;

    /// <summary>Age below which a second injury raises repeat-injury.</summary>
    public int RepeatInjuryChildAgeYears { get; init; } = 2;

    /// <summary>Age below which a move needs the new area's health visiting to pick the child up.</summary>
    public int HealthVisitingTransferChildAgeYears { get; init; } = 2;

    /// <summary>Time for the new area's health visiting to see the child after a move.</summary>
    public Timescale HealthVisitingTransfer { get; init; } = Timescale.WorkingDays(20);
}
