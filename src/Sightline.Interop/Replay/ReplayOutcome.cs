using Sightline.Core.Protocols;
using Sightline.Interop.Scenarios;

namespace Sightline.Interop.Replay;

/// <summary>What a replay raised, in the order raised, and the obligations still open at its end.</summary>
/// <param name="Scenario">The scenario replayed.</param>
/// <param name="Alerts">The alerts in the order raised.</param>
/// <param name="OpenObligations">Deadlines not reached by the end of the replay.</param>
public sealed record ReplayOutcome(Scenario Scenario, IReadOnlyList<Alert> Alerts, IReadOnlyList<Obligation> OpenObligations);
