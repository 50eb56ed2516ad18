namespace Sightline.Interop.Scenarios;

/// <summary>The problems found in one file, in the order they were found.</summary>
internal sealed class ProblemLog(string file)
{
    private readonly List<ScenarioProblem> problems = [];

    public string File { get; } = file;

    public bool IsEmpty => problems.Count == 0;

    public IReadOnlyList<ScenarioProblem> Problems => problems;

    public void Add(string path, string message) => problems.Add(new ScenarioProblem(File, path, message));
}
