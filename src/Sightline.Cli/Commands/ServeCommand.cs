using System.CommandLine;
using Sightline.Cli.Hosting;
using Sightline.Web;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline serve [--urls URL] [--sqlite FILE] [--policy FILE]</c>: brings the database up to date and serves the site.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = UrlsOption.Create();
        var sqlite = DatabaseChoice.CreateOption();
        var policy = PolicyOption.Create();
        var command = new Command("serve", "Serve the Sightline site on the database (its schema brought up to date first) until Ctrl+C.")
        {
            urls, sqlite, policy,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (!PolicyOption.TryEngine(result.GetValue(policy), error, out var engine))
            {
                return ExitCodes.BadInput;
            }
            var database = DatabaseChoice.Resolve(result.GetValue(sqlite));
            await error.WriteLineAsync($"serve: {DatabaseChoice.Describe(database)}");
            var options = new SiteOptions { Storage = database, Urls = UrlsOption.Split(result.GetValue(urls)), Engine = engine };
            try
            {
                return await SiteHost.RunAsync(
                    options,
                    (services, token) => ServeLogins.DescribeAsync(services, database, token),
                    result.InvocationConfiguration.Output,
                    error,
                    cancellationToken);
            }
            catch (Exception e) when (DatabaseFailure.Is(e))
            {
                await error.WriteLineAsync($"serve: failed: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
