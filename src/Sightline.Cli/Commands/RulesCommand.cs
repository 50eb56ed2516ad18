using System.CommandLine;
using Sightline.Interop.Docs;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline rules [--markdown]</c>: the rules the engine runs, with their settings.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print docs/protocols.md: one section per rule." };
        var policy = PolicyOption.Create();
        var command = new Command("rules", "List the protocol rules, whom each tells and the learning it encodes.") { markdown, policy };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            if (!PolicyOption.TryEngine(result.GetValue(policy), result.InvocationConfiguration.Error, out var engine))
            {
                return ExitCodes.BadInput;
            }
            if (result.GetValue(markdown))
            {
                output.Write(ProtocolDocs.Markdown(engine.Rules, engine.Settings));
                return ExitCodes.Ok;
            }
            foreach (var rule in engine.Rules)
            {
                output.WriteLine($"{rule.Id,-34} {rule.Description.Title}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
