using System.CommandLine;
using Sightline.Cli.Hosting;
using Sightline.Demo;
using Sightline.Storage.Protocols;
using Sightline.Web;

namespace Sightline.Cli.Commands;

/// <summary>
/// <c>sightline demo [--urls URL] [--families N] [--seed S] [--sqlite FILE] [--policy FILE]</c>:
/// loads a synthetic area (once per database) and the review scenarios beside the repository,
/// then serves the site, with an account per agency whose logins it prints (<see cref="DemoAccounts"/>).
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var urls = UrlsOption.Create();
        var families = new Option<int>("--families")
        {
            Description = $"How many families the generated area holds (1 to {DemoOptions.MaxFamilies:N0}); used only when the database has no demo area yet.",
            HelpName = "N",
            DefaultValueFactory = _ => 300,
        };
        families.Validators.Add(result =>
        {
            var count = result.GetValueOrDefault<int>();
            if (count is < 1 or > DemoOptions.MaxFamilies)
            {
                result.AddError($"--families must be from 1 to {DemoOptions.MaxFamilies}, not {count}");
            }
        });
        var seed = new Option<int>("--seed") { Description = "The seed that fixes every generated detail.", HelpName = "S", DefaultValueFactory = _ => 2026 };
        var sqlite = DatabaseChoice.CreateOption();
        var policy = PolicyOption.Create();
        var command = new Command("demo", "Load a synthetic area and the review scenarios into the database (the area only once), then serve the site.")
        {
            urls, families, seed, sqlite, policy,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (!PolicyOption.TryEngine(result.GetValue(policy), error, out var engine))
            {
                return ExitCodes.BadInput;
            }
            var database = DatabaseChoice.Resolve(result.GetValue(sqlite));
            var clock = TimeProvider.System;
            var area = new DemoOptions { Families = result.GetValue(families), Seed = result.GetValue(seed), Today = SafeguardingDay.Today(clock) };
            try
            {
                await error.WriteLineAsync($"demo: {DatabaseChoice.Describe(database)}");
                await using (var records = await Records.OpenAsync(database, engine, clock, cancellationToken))
                {
                    await DemoLoad.LoadAreaAsync(records, area, error, cancellationToken);
                    await DemoLoad.LoadScenariosAsync(records, error, cancellationToken);
                }
                var options = new SiteOptions { Storage = database, Urls = UrlsOption.Split(result.GetValue(urls)), Engine = engine, Clock = clock };
                return await SiteHost.RunAsync(
                    options,
                    async (services, token) => [.. await DemoAccounts.EnsureAsync(services, database, token), .. await DemoFlagHint.LinesAsync(services, token)],
                    result.InvocationConfiguration.Output,
                    error,
                    cancellationToken);
            }
            catch (Exception e) when (DatabaseFailure.Is(e))
            {
                await error.WriteLineAsync($"demo: failed: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
