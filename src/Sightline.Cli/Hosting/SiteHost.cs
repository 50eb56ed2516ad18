using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sightline.Web;

namespace Sightline.Cli.Hosting;

/// <summary>
/// Runs the site in this process until Ctrl+C (or the command's cancellation), saying where it
/// listens and how to sign in. The sign-in lines come from the command, once the site has started
/// (its schemas are then up to date, so accounts can be read and made).
/// </summary>
internal static class SiteHost
{
    /// <summary>Lines about signing in, written after the address; given the started site's services.</summary>
    public delegate Task<IReadOnlyList<string>> SignInLines(IServiceProvider services, CancellationToken cancellationToken);

    public static async Task<int> RunAsync(SiteOptions options, SignInLines signIn, TextWriter output, TextWriter error, CancellationToken cancellationToken)
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
        // One write, so whoever waits for the address also has the sign-in lines.
        var text = new StringBuilder();
        foreach (var url in app.Urls)
        {
            text.AppendLine($"Sightline is running at {url}");
        }
        foreach (var line in await signIn(app.Services, cancellationToken))
        {
            text.AppendLine(line);
        }
        text.AppendLine("Press Ctrl+C to stop.");
        await output.WriteAsync(text.ToString());
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
