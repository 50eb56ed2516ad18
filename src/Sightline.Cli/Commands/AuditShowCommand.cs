using System.CommandLine;
using Sightline.Cli.Hosting;
using Sightline.Core.Persons;
using Sightline.Storage.Audit;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline audit show --person ID [--sqlite FILE]</c>: the record's access history, newest
/// first — when, who, agency, role, action, what, why, from. Reading it is itself audited, as any
/// read of a record's history is.
/// </summary>
internal static class AuditShowCommand
{
    public static Command Create()
    {
        var person = new Option<string>("--person") { Description = "The person's id.", HelpName = "ID", Required = true };
        var sqlite = DatabaseChoice.CreateOption();
        var command = new Command("show", "List who saw a person's record, and when, why and from where, newest first.")
        {
            person, sqlite,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var id = result.GetValue(person)!.Trim();
            if (id.Length == 0)
            {
                await error.WriteLineAsync("audit show: --person needs a person's id");
                return ExitCodes.BadInput;
            }
            var database = DatabaseChoice.Resolve(result.GetValue(sqlite));
            try
            {
                await error.WriteLineAsync($"audit show: {DatabaseChoice.Describe(database)}");
                await using var audit = await AuditServices.OpenAsync(database, cancellationToken);
                var entries = await audit.Log.ForPersonAsync(new PersonId(id), cancellationToken);
                foreach (var line in AuditLines.Table(id, entries))
                {
                    await output.WriteLineAsync(line);
                }
                await audit.Log.AppendAsync(
                    new AuditRecord(
                        $"cli:{Environment.UserName}", null, null, AuditAction.Read, new PersonId(id),
                        "access history (sightline audit show)", null, $"command line on {Environment.MachineName}"),
                    cancellationToken);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (DatabaseFailure.Is(e))
            {
                await error.WriteLineAsync($"audit show: failed: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
