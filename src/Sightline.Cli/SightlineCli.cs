using System.CommandLine;
using Sightline.Cli.Commands;

namespace Sightline.Cli;

/// <summary>The <c>sightline</c> command: its verbs, and the exit-code convention (0 ok, 1 failure, 2 bad input or usage).</summary>
public static class SightlineCli
{
    /// <summary>Parses and runs a command line, writing to the given streams.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("Sightline: one shared sight of a child's world across agencies, and alerts when their facts form a known pattern of harm.");
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        foreach (var command in HostCommands.Create())
        {
            root.Subcommands.Add(command);
        }
        root.Subcommands.Add(LinkCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"sightline: {problem.Message}");
            }
            await error.WriteLineAsync("Run 'sightline --help' for usage.");
            return ExitCodes.BadInput;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
