using System.Text.RegularExpressions;

namespace Sightline.Cli.Tests;

/// <summary>
/// A command that serves, run in the background in this process: wait for the address it prints,
/// talk to the site, then stop it as Ctrl+C would and read its exit code.
/// </summary>
public sealed partial class RunningCommand : IAsyncDisposable
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly TextWriter synchronisedOutput;
    private readonly TextWriter synchronisedError;
    private readonly CancellationTokenSource stop = new();
    private readonly Task<int> run;

    public RunningCommand(params string[] args)
    {
        // A synchronised writer locks on itself for every write, so reading under the same lock is safe.
        synchronisedOutput = TextWriter.Synchronized(output);
        synchronisedError = TextWriter.Synchronized(error);
        run = Task.Run(() => SightlineCli.RunAsync(args, synchronisedOutput, synchronisedError, stop.Token));
    }

    public string Output => Read(synchronisedOutput, output);

    public string Error => Read(synchronisedError, error);

    /// <summary>The site's address, once the command prints it; fails if the command ends first or takes over two minutes.</summary>
    public async Task<Uri> AddressAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (Running().Match(Output) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
            if (run.IsCompleted)
            {
                Assert.Fail($"The command ended ({await run}) before serving.\n{Output}\n{Error}");
            }
            await Task.Delay(100);
        }
        Assert.Fail($"The command did not serve within two minutes.\n{Output}\n{Error}");
        return null!;
    }

    /// <summary>Stops the command as Ctrl+C does and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await stop.CancelAsync();
        return await run;
    }

    public async ValueTask DisposeAsync()
    {
        if (!run.IsCompleted)
        {
            await StopAsync();
        }
        stop.Dispose();
        output.Dispose();
        error.Dispose();
    }

    private static string Read(TextWriter synchronised, StringWriter inner)
    {
        lock (synchronised)
        {
            return inner.ToString();
        }
    }

    [GeneratedRegex(@"Sightline is running at (\S+)")]
    private static partial Regex Running();
}
