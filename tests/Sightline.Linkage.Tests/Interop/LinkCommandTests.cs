using Sightline.Cli;
using Sightline.Interop.Linkage;
using Sightline.Linkage.Synthetic;

namespace Sightline.Linkage.Tests.Interop;

/// <summary><c>sightline link</c> end to end on generated files in a temporary folder.</summary>
public sealed class LinkCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sightline-link-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Config = """
        {
          "id_column": "id",
          "comparisons": [
            { "column": "given_name", "levels": ["exact", "alias", "jaro_winkler:0.92"], "term_frequency": true },
            { "column": "surname", "levels": ["exact", "jaro_winkler:0.92"], "term_frequency": true },
            { "column": "date_of_birth", "type": "date" },
            { "column": "postcode", "type": "postcode" },
            { "column": "nhs_number", "type": "nhs_number" }
          ],
          "blocking": [ ["nhs_number"], ["surname:phonetic", "date_of_birth"], ["given_name", "date_of_birth"] ]
        }
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string People()
    {
        var data = SyntheticPeople.Generate(persons: 300, records: 400, seed: 4);
        var header = new[] { "id" }.Concat(SyntheticPeople.Columns).ToArray();
        var rows = Enumerable.Range(0, data.Table.Count)
            .Select(r => new[] { data.Table.Ids[r] }.Concat(Enumerable.Range(0, SyntheticPeople.Columns.Count).Select(c => data.Table.Column(c)[r])).ToArray())
            .ToArray();
        var path = Path.Combine(_folder, "people.csv");
        LinkageOutput.WriteTable(path, new CsvTable(header, rows, Enumerable.Range(2, rows.Length).ToArray()));
        return path;
    }

    private static async Task<(int Code, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await SightlineCli.RunAsync(args, output, error, CancellationToken.None);
        return (code, error.ToString());
    }

    [Fact]
    public async Task A_file_is_deduplicated_into_pairs_clusters_and_a_reusable_model()
    {
        var people = People();
        var config = Write("config.json", Config);
        var pairs = Path.Combine(_folder, "pairs.csv");
        var clusters = Path.Combine(_folder, "clusters.csv");
        var model = Path.Combine(_folder, "model.json");
        var (code, error) = await Run("link", people, "--config", config, "--out", pairs, "--clusters", clusters, "--model", model);
        Assert.Equal(0, code);
        Assert.Contains("blocking: rule", error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(pairs);
        Assert.Equal("left_id,right_id,probability", lines[0]);
        Assert.True(lines.Length > 50);
        Assert.Equal("id,cluster", File.ReadAllLines(clusters)[0]);
        Assert.Equal(401, File.ReadAllLines(clusters).Length);
        Assert.True(File.Exists(model));

        var again = Path.Combine(_folder, "again.csv");
        Assert.Equal(0, (await Run("link", people, "--config", config, "--out", again, "--model", model, "--threshold", "0.5")).Code);
        Assert.True(File.ReadAllLines(again).Length >= lines.Length);
    }

    [Fact]
    public async Task Bad_config_or_input_exits_2_naming_the_field_or_line()
    {
        var people = People();
        var pairs = Path.Combine(_folder, "pairs.csv");
        var badConfig = Write("bad.json", Config.Replace("\"type\": \"postcode\"", "\"type\": \"zip\"", StringComparison.Ordinal));
        var (code, error) = await Run("link", people, "--config", badConfig, "--out", pairs);
        Assert.Equal(2, code);
        Assert.Contains("comparisons[3].type", error, StringComparison.Ordinal);

        var badFile = Write("bad.csv", "id,given_name\n1,\"ann\n");
        (code, error) = await Run("link", badFile, "--config", Write("config.json", Config), "--out", pairs);
        Assert.Equal(2, code);
        Assert.Contains("bad.csv: line 2", error, StringComparison.Ordinal);

        (code, _) = await Run("link", people, "--out", pairs);
        Assert.Equal(2, code);
    }
}
