namespace Sightline.Cli.Tests;

/// <summary>What a command did: its exit code and what it printed.</summary>
public sealed record CliResult(int Exit, string Output, string Error);
