using Sightline.Interop.Scenarios;

namespace Sightline.Cli.Hosting;

/// <summary>
/// Reads scenario files all-or-nothing: every problem in every file is reported, and the
/// scenarios come back only when every file is good, so that one bad file stores nothing.
/// </summary>
internal static class ScenarioFiles
{
    /// <summary>The scenarios with their file names, or null after writing each problem to <paramref name="error"/>.</summary>
    public static IReadOnlyList<(string File, Scenario Scenario)>? ReadAll(IEnumerable<string> paths, TextWriter error)
    {
        var scenarios = new List<(string, Scenario)>();
        var bad = false;
        foreach (var path in paths)
        {
            var read = ScenarioReader.Read(path);
            foreach (var problem in read.Problems)
            {
                error.WriteLine(problem);
            }
            if (read.IsLoaded)
            {
                scenarios.Add((Path.GetFileName(path), read.Scenario));
            }
            else
            {
                bad = true;
            }
        }
        return bad ? null : scenarios;
    }
}
