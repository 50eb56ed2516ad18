using System.Diagnostics.CodeAnalysis;

namespace Sightline.Interop.Scenarios;

/// <summary>What reading a scenario file gave: the scenario, or every problem found in the file.</summary>
public sealed record ScenarioReadResult
{
    private ScenarioReadResult(Scenario? scenario, IReadOnlyList<ScenarioProblem> problems)
    {
        Scenario = scenario;
        Problems = problems;
    }

    /// <summary>The scenario, when the file has no problems.</summary>
    public Scenario? Scenario { get; }

    /// <summary>Every problem found, in file order within each section; empty when the file was read.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    /// <summary>True when the file had no problems and <see cref="Scenario"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Scenario))]
    public bool IsLoaded => Scenario is not null;

    internal static ScenarioReadResult Loaded(Scenario scenario) => new(scenario, []);

    internal static ScenarioReadResult Rejected(IReadOnlyList<ScenarioProblem> problems) => new(null, problems);
}
