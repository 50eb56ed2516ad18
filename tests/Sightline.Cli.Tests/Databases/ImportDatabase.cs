using Sightline.Storage.Configuration;

namespace Sightline.Cli.Tests.Databases;

/// <summary>An empty database for a command run as a child process: how to name it to the command, and to the test.</summary>
/// <param name="Options">The database, for the test to read what the command stored.</param>
/// <param name="Arguments">What to add to the command line (<c>--sqlite FILE</c>), if anything.</param>
/// <param name="Environment">What to set in the child's environment (<c>SIGHTLINE_DATABASE</c>), if anything.</param>
public sealed record ImportDatabase(StorageOptions Options, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment);
