namespace Sightline.Cli.Tests;

/// <summary>Runs the command line in this process, as the <c>sightline</c> program would.</summary>
public static class Cli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SightlineCli.RunAsync(args, output, error, CancellationToken.None);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
