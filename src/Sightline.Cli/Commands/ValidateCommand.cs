using System.CommandLine;
using Sightline.Interop.Scenarios;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline validate FILE...</c>: checks scenario files strictly and names every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Scenario files (sightline-scenario/1).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files against sightline-scenario/1; print each problem as FILE: PATH: MESSAGE.") { files };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var (passed, failed) = (0, 0);
            foreach (var file in result.GetValue(files)!)
            {
                var read = ScenarioReader.Read(file.FullName);
                foreach (var problem in read.Problems)
                {
                    output.WriteLine(problem);
                }
                if (read.IsLoaded)
                {
                    passed++;
                }
                else
                {
                    failed++;
                }
            }
            output.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }
}
