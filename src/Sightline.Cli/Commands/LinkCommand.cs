using System.CommandLine;
using System.Globalization;
using Sightline.Interop.Linkage;
using Sightline.Linkage;
using Sightline.Linkage.Training;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline link FILE... --config CONFIG.json --out PAIRS.csv [--clusters CLUSTERS.csv]
/// [--threshold P] [--model MODEL.json]</c>: one file is deduplicated, two or more are linked.
/// </summary>
internal static class LinkCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "CSV record files with a header; one file: dedupe, two or more: link.", Arity = ArgumentArity.OneOrMore };
        var config = new Option<FileInfo>("--config") { Description = "Linkage config (docs/linkage.md).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Pairs at or above the threshold: left_id,right_id,probability.", Required = true };
        var clusters = new Option<FileInfo?>("--clusters") { Description = "Each record's cluster: id,cluster." };
        var threshold = new Option<double?>("--threshold") { Description = "Match probability threshold (overrides the config's)." };
        var model = new Option<FileInfo?>("--model") { Description = "A trained model: used when the file exists, else trained here and saved to it." };
        var command = new Command("link", "Find the same person across record files (Fellegi–Sunter with EM training).")
        {
            files, config, output, clusters, threshold, model,
        };
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            try
            {
                var read = LinkageConfigReader.Read(result.GetValue(config)!.FullName);
                var settings = result.GetValue(threshold) is { } p
                    ? read.Settings with { Threshold = p is >= 0 and <= 1 ? p : throw new LinkageInputException("--threshold: must be between 0 and 1.") }
                    : read.Settings;
                var records = LinkageFiles.Load(result.GetValue(files)!.Select(f => f.FullName).ToArray(), read);
                var modelFile = result.GetValue(model);
                var given = modelFile is { Exists: true } ? LinkageModel.FromJson(File.ReadAllText(modelFile.FullName)) : null;
                var run = LinkageRun.Execute(records, settings, given, message => error.WriteLine($"link: {message}"));
                LinkageOutput.WritePairs(result.GetValue(output)!.FullName, records, run.Pairs);
                if (result.GetValue(clusters) is { } clusterFile)
                {
                    LinkageOutput.WriteClusters(clusterFile.FullName, records, run.Clusters);
                }
                if (modelFile is not null && given is null)
                {
                    File.WriteAllText(modelFile.FullName, run.Model.ToJson());
                    error.WriteLine($"link: model saved to {modelFile.FullName}");
                }
                var people = run.Clusters.Distinct().Count();
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"link: {run.Pairs.Count:N0} pairs, {people:N0} clusters from {records.Count:N0} records"));
                return ExitCodes.Ok;
            }
            catch (LinkageInputException e)
            {
                error.WriteLine($"sightline link: {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (LinkageSettingsException e)
            {
                error.WriteLine($"sightline link: {result.GetValue(config)!.Name}: {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (IOException e)
            {
                error.WriteLine($"sightline link: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
