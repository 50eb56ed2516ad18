namespace Sightline.Acceptance.Tests;

/// <summary>
/// Where the scenarios are: the repository's own (always), and the reconstructed review cases in
/// <c>../shared/scenarios</c> beside the repository whenever that folder exists, as in CI.
/// </summary>
internal static class ScenarioFiles
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sightline.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Sightline.slnx) was not found above the test output.");
    }

    /// <summary>The shared scenarios folder, or null when the repository stands alone.</summary>
    public static string? SharedFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "scenarios"));
        return Directory.Exists(folder) ? folder : null;
    }

    public static IEnumerable<string> Own() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Scenarios"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static IEnumerable<string> Shared() =>
        SharedFolder() is { } folder ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal) : [];
}
