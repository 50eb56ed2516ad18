using Sightline.Interop.Checking;
namespace Sightline.Interop.Scenarios;

/// <summary>
/// Reads <c>sightline-scenario/1</c> files strictly: an unknown field, a value outside its
/// vocabulary or a dangling id is an error, never ignored, because a typo must not silently drop
/// a fact. Every problem in the file is reported, each with the file name and a JSON path.
/// </summary>
public static class ScenarioReader
{
    /// <summary>Reads the scenario file at <paramref name="path"/>; problems name the file by its file name.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The scenario, or the problems found (including a file that cannot be read).</returns>
    public static ScenarioReadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ScenarioReadResult.Rejected([new ScenarioProblem(name, "$", $"cannot read file: {ex.Message}")]);
        }
        return Read(bytes, name);
    }

    /// <summary>Reads a scenario from a stream of UTF-8 JSON, reading it to its end.</summary>
    /// <param name="stream">The scenario's bytes.</param>
    /// <param name="name">The name to report problems under, e.g. <c>baby-r.json</c>.</param>
    /// <returns>The scenario, or the problems found.</returns>
    public static ScenarioReadResult Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), name);
    }

    private static ScenarioReadResult Read(ReadOnlyMemory<byte> utf8, string name)
    {
        var log = new ProblemLog();
        using var document = JsonInput.Parse(utf8, log);
        if (document is null)
        {
            return Rejected(log, name);
        }
        // A document with a key given twice has no single meaning, so nothing in it is checked further.
        DocumentScan.Run(document.RootElement, JsonPath.Root, log);
        if (log.IsEmpty)
        {
            new ScenarioChecker(new CheckContext(log, RecordDialect.Scenario)).Check(document.RootElement);
        }
        return log.IsEmpty
            ? ScenarioReadResult.Loaded(ScenarioBuilder.Build(document.RootElement))
            : Rejected(log, name);
    }

    private static ScenarioReadResult Rejected(ProblemLog log, string name) =>
        ScenarioReadResult.Rejected([.. log.Problems.Select(p => new ScenarioProblem(name, p.Path.ToString(), p.Message))]);
}
