using Sightline.FlagBench.Population;

namespace Sightline.FlagBench.Measure;

/// <summary>
/// <c>serve</c>: the site over the benchmark database on <c>--urls</c>, with a token for an
/// emergency department written to <c>--token-file</c>, until stopped.
/// </summary>
internal static class Serve
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = BenchDatabase.From(args);
        var key = BenchSite.NewSigningKey();
        var tokenFile = args.Required("token-file");
        await File.WriteAllTextAsync(tokenFile, BenchSite.Token(key, PopulationGenerator.EdOf(0)));
        await using var app = BenchSite.Build(database, key, [args.Text("urls") ?? "http://127.0.0.1:5099"]);
        Console.WriteLine($"serve: {database.Describe} on {args.Text("urls") ?? "http://127.0.0.1:5099"}; token in {tokenFile}");
        await app.RunAsync();
        return 0;
    }
}
