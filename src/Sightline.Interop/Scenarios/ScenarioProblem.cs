namespace Sightline.Interop.Scenarios;

/// <summary>
/// One thing wrong with a scenario file, located precisely enough for its author to fix it
/// without reading the reader's code.
/// </summary>
/// <param name="File">The file name as given to the reader, e.g. <c>baby-r.json</c>.</param>
/// <param name="Path">A JSON path into the file, e.g. <c>$.events[12].outcome</c>; <c>$</c> for the whole file.</param>
/// <param name="Message">What is wrong, naming the allowed values where there is a closed list.</param>
public sealed record ScenarioProblem(string File, string Path, string Message)
{
    /// <summary>The problem as one line: <c>baby-r.json: $.events[12].outcome: 'missed' is not one of attended, was-not-brought, cancelled</c>.</summary>
    public override string ToString() => $"{File}: {Path}: {Message}";
}
