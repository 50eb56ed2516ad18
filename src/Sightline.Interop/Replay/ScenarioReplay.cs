using Sightline.Core.Protocols;
using Sightline.Interop.Scenarios;

namespace Sightline.Interop.Replay;

/// <summary>Replays a scenario through the protocol engine on a virtual clock: what would have been raised, and when.</summary>
public static class ScenarioReplay
{
    /// <summary>Runs every event of the scenario in order from day 0 to the end of the day of its last event.</summary>
    public static ReplayOutcome Run(Scenario scenario, ProtocolEngine engine)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(engine);
        var run = engine.Replay(scenario.History, scenario.Start);
        return new ReplayOutcome(scenario, run.Alerts, run.OpenObligations);
    }
}
