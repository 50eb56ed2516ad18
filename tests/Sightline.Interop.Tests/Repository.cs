namespace Sightline.Interop.Tests;

/// <summary>Finds the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sightline.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Sightline.slnx) was not found above the test output.");
    }
}
