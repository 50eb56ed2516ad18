using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sightline.Web;

namespace Sightline.Cli.Hosting;

/// <summary>Runs the site in this process until Ctrl+C (or the command's cancellation), saying where it listens.</summary>
internal static class SiteHost
{
    /// <summary>What every command that serves says about logins: there are none yet.</summary>
    public const string SignInLine = "Logins: none yet. Sign-in arrives with the access issue; the site is open on loopback only.";

    public static async Task<int> RunAsync(SiteOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var builder = SightlineSite.CreateBuilder([], options);
        // The command prints the address itself; the host's own start-up lines would repeat it.
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        await using var app = SightlineSite.Build(builder);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await error.WriteLineAsync($"sightline: could not listen on {string.Join(", ", options.Urls)}: {e.Message}");
            return ExitCodes.Failure;
        }
        foreach (var url in app.Urls)
        {
            await output.WriteLineAsync($"Sightline is running at {url}");
        }
        await output.WriteLineAsync(SignInLine);
        await output.WriteLineAsync("Press Ctrl+C to stop.");
        await output.FlushAsync(cancellationToken);
        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: stopping is the normal end of serving.
        }
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}
