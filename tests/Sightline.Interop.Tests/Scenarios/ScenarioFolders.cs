namespace Sightline.Interop.Tests.Scenarios;

/// <summary>Where the scenario files the tests read live.</summary>
internal static class ScenarioFolders
{
    /// <summary>
    /// The shared acceptance scenarios, <c>&lt;repo&gt;/../shared/scenarios</c>, or null when this
    /// checkout has none beside it (the suite then stands on its own fixtures).
    /// </summary>
    public static string? Shared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sightline.slnx")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "scenarios"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }

    /// <summary>The test project's own scenarios, copied next to the test assembly.</summary>
    public static string Own() => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    /// <summary>The fixture that holds every event kind once.</summary>
    public static string EveryKind() => Path.Combine(Own(), "every-kind.json");
}
