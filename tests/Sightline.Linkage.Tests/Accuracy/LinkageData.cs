using Sightline.Interop.Linkage;

namespace Sightline.Linkage.Tests.Accuracy;

/// <summary>Where the repository, its linkage configs and the shared linkage data are.</summary>
internal static class LinkageData
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>../shared/data/linkage beside the repository, or null when absent (a stand-alone checkout).</summary>
    public static string? SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "linkage"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static LinkageConfig Config(string name) =>
        LinkageConfigReader.Read(Path.Combine(RepositoryRoot, "docs", "linkage", name));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sightline.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Sightline.slnx not found above the test binaries.");
    }
}
