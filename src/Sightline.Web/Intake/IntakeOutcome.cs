using Sightline.Storage.Intake;
using Sightline.Storage.Protocols;

namespace Sightline.Web.Intake;

/// <summary>What delivering one batch did.</summary>
/// <param name="Stored">What the store kept: events stored and already present, persons added and updated.</param>
/// <param name="Run">What the protocols did after it: the families run and the alerts raised.</param>
public sealed record IntakeOutcome(BatchReceipt Stored, ProtocolRunReceipt Run);
