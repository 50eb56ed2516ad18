namespace Sightline.Cli.Tests;

/// <summary>The test project's scenario files, and broken copies of them written to a temporary folder.</summary>
public sealed class Scenarios : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("sightline-cli-tests-");

    /// <summary>A good scenario whose expected alert (bruising-non-mobile) is raised.</summary>
    public static string Bruise { get; } = Path.Combine(AppContext.BaseDirectory, "Scenarios", "bruise.json");

    /// <summary>A good scenario whose expected alert is never raised.</summary>
    public static string Unmet { get; } = Path.Combine(AppContext.BaseDirectory, "Scenarios", "unmet.json");

    /// <summary>A fresh SQLite database file in the temporary folder (not yet created).</summary>
    public string NewDatabase() => Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db");

    /// <summary>Writes <paramref name="name"/>: the bruise scenario with one piece of text replaced.</summary>
    public string Broken(string name, string find, string replaceWith)
    {
        var text = File.ReadAllText(Bruise);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text.Replace(find, replaceWith, StringComparison.Ordinal));
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
