using Sightline.Core.Protocols.Rules;

namespace Sightline.Core.Protocols;

/// <summary>Every rule of the contract, in the order of FORMAT.md's table.</summary>
public static class RuleCatalog
{
    /// <summary>One instance of each rule.</summary>
    public static IReadOnlyList<ProtocolRule> All { get; } =
    [
        new BruisingNonMobile(),
        new FlaggedChildUnscheduledCare(),
        new PlanChildMovedArea(),
        new TransferInConferenceOverdue(),
        new TemporaryHousingOutOfArea(),
        new HouseholdAdultRisk(),
        new UnassessedAdult(),
        new ThinkFamily(),
        new WasNotBrought(),
        new NotRegisteredWithGp(),
        new FalteringGrowth(),
        new StrategyAgencyMissing(),
        new NoWrittenSafetyPlan(),
        new DischargeBeforeStrategy(),
        new ImagingUnreported(),
        new StepDownWithoutOversight(),
        new PrebirthAssessmentNeeded(),
        new OutOfAreaHistory(),
        new InformationUnacknowledged(),
        new IcpcOverdue(),
        new ReviewConferenceOverdue(),
        new EscalationOverdue(),
        new RepeatReferrals(),
        new ChildNotSeen(),
        new InjuryOnPlan(),
        new RepeatInjury(),
        new HealthVisitingTransferOverdue(),
    ];
}
