namespace Sightline.Interop.Checking;

/// <summary>The problems found in one document (or one row), in the order they were found.</summary>
internal sealed class ProblemLog
{
    private readonly List<FieldProblem> problems = [];

    public bool IsEmpty => problems.Count == 0;

    public int Count => problems.Count;

    public IReadOnlyList<FieldProblem> Problems => problems;

    public void Add(JsonPath path, string message) => problems.Add(new FieldProblem(path, message, null));

    /// <summary>A required field that <paramref name="path"/>'s object lacks.</summary>
    public void AddMissing(JsonPath path, string field, string message) => problems.Add(new FieldProblem(path, message, field));
}
