using System.CommandLine;

namespace Sightline.Cli.Commands;

/// <summary>The verbs that need the database and the site: import-scenario, serve and demo.</summary>
internal static class HostCommands
{
    public static IEnumerable<Command> Create() =>
    [
        ImportScenarioCommand.Create(),
        ImportCommand.Create(),
        ServeCommand.Create(),
        DemoCommand.Create(),
    ];
}
