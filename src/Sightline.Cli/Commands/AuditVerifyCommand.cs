using System.CommandLine;
using System.Globalization;
using Sightline.Cli.Hosting;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline audit verify [--sqlite FILE]</c>: walks the whole audit chain. Prints
/// <c>audit chain intact: N entries</c> (exit 0) or <c>audit chain broken at entry N: PROBLEM</c>
/// naming the first entry that is missing, changed or out of place (exit 1).
/// </summary>
internal static class AuditVerifyCommand
{
    public static Command Create()
    {
        var sqlite = DatabaseChoice.CreateOption();
        var command = new Command("verify", "Check every entry of the audit log against its hash and the entry before it; name the first broken entry.")
        {
            sqlite,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var database = DatabaseChoice.Resolve(result.GetValue(sqlite));
            try
            {
                await error.WriteLineAsync($"audit verify: {DatabaseChoice.Describe(database)}");
                await using var audit = await AuditServices.OpenAsync(database, cancellationToken);
                var verdict = await audit.Log.VerifyAsync(cancellationToken);
                if (verdict.Intact)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"audit chain intact: {verdict.Entries} entries"));
                    return ExitCodes.Ok;
                }
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"audit chain broken at entry {verdict.FirstBrokenSequence}: {verdict.Problem}"));
                return ExitCodes.Failure;
            }
            catch (Exception e) when (DatabaseFailure.Is(e))
            {
                await error.WriteLineAsync($"audit verify: failed: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
