namespace Sightline.Cli.Hosting;

/// <summary>Finds the repository a command runs from, and the shared folders beside it.</summary>
internal static class RepositoryFolders
{
    /// <summary>
    /// The folder holding <c>Sightline.slnx</c>, searched upwards from the program's own folder
    /// (<c>.build/cli</c> when run by <c>./sightline</c>) and then from the working directory; null
    /// when neither is inside a checkout.
    /// </summary>
    public static string? Root() => Above(AppContext.BaseDirectory) ?? Above(Environment.CurrentDirectory);

    /// <summary>The review scenarios, <c>&lt;repository&gt;/../shared/scenarios</c>, or null when there are none.</summary>
    public static string? SharedScenarios()
    {
        if (Root() is not { } root)
        {
            return null;
        }
        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "scenarios"));
        return Directory.Exists(folder) ? folder : null;
    }

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sightline.slnx")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
