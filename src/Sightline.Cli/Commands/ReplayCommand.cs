using System.CommandLine;
using System.Globalization;
using Sightline.Interop.Replay;
using Sightline.Interop.Scenarios;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline replay FILE... [--json] [--check]</c>: what the system would have raised, and when.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Scenario files (sightline-scenario/1).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON line per scenario, as FORMAT.md's 'Output of a replay'." };
        var check = new Option<bool>("--check") { Description = "Compare with each scenario's expected and forbidden alerts; print each miss and 'N passed, N failed'; exit 1 on any failure." };
        var policy = PolicyOption.Create();
        var command = new Command("replay", "Replay scenario files through the protocols on a virtual clock.") { files, json, check, policy };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (!PolicyOption.TryEngine(result.GetValue(policy), error, out var engine))
            {
                return ExitCodes.BadInput;
            }
            var scenarios = new List<Scenario>();
            foreach (var file in result.GetValue(files)!)
            {
                var read = ScenarioReader.Read(file.FullName);
                foreach (var problem in read.Problems)
                {
                    error.WriteLine(problem);
                }
                if (read.IsLoaded)
                {
                    scenarios.Add(read.Scenario);
                }
            }
            if (scenarios.Count != result.GetValue(files)!.Length)
            {
                return ExitCodes.BadInput;
            }
            var (passed, failed) = (0, 0);
            foreach (var scenario in scenarios)
            {
                var outcome = ScenarioReplay.Run(scenario, engine);
                if (result.GetValue(json))
                {
                    output.WriteLine(ReplayJson.Line(outcome));
                }
                else if (!result.GetValue(check))
                {
                    WriteTimeline(output, outcome);
                }
                if (result.GetValue(check))
                {
                    var misses = ReplayCheck.Misses(outcome);
                    foreach (var miss in misses)
                    {
                        output.WriteLine(miss);
                    }
                    if (misses.Count == 0)
                    {
                        passed++;
                    }
                    else
                    {
                        failed++;
                    }
                }
            }
            if (!result.GetValue(check))
            {
                return ExitCodes.Ok;
            }
            output.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static void WriteTimeline(TextWriter output, ReplayOutcome outcome)
    {
        var scenario = outcome.Scenario;
        output.WriteLine($"{scenario.Id} — {scenario.Title}");
        output.WriteLine($"  day 0 is {Show(scenario.Start)}; {scenario.History.Events.Count} events; {outcome.Alerts.Count} alerts");
        foreach (var alert in outcome.Alerts)
        {
            var due = alert.Due is { } d ? $" (due {Show(d)})" : "";
            output.WriteLine($"  day {scenario.DayOf(alert.RaisedOn),4}  {Show(alert.RaisedOn),-16} {alert.Rule}  [{string.Join(", ", alert.Subjects)}] → {string.Join(", ", alert.Notify)}");
            output.WriteLine($"             {alert.Message}{due}");
        }
        foreach (var open in outcome.OpenObligations)
        {
            output.WriteLine($"  still open at the end: {open.Rule} [{string.Join(", ", open.Subjects)}] due {Show(open.DueOn)}");
        }
        output.WriteLine();
    }

    private static string Show(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
