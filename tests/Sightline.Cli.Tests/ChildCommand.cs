using System.Diagnostics;
using System.Text;

namespace Sightline.Cli.Tests;

/// <summary>
/// The command line as a real child process (<c>dotnet sightline.dll …</c> from this test's output),
/// so that a test can kill it part-way as a crash or a power cut would: no clean-up code runs.
/// </summary>
public sealed class ChildCommand : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private readonly List<(Func<string, bool> Wanted, TaskCompletionSource Seen)> waits = [];

    public ChildCommand(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sightline.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // The test's own database settings must not leak into the child.
        start.Environment.Remove(Sightline.Storage.Configuration.StorageOptions.DatabaseVariable);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(error, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    /// <summary>Waits until the command writes a line to standard error that <paramref name="wanted"/> accepts; fails after two minutes or if it ends first.</summary>
    public async Task WaitForErrorLineAsync(Func<string, bool> wanted)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (error)
        {
            if (error.ToString().Split('\n').Any(wanted))
            {
                return;
            }
            waits.Add((wanted, seen));
        }
        var finished = await Task.WhenAny(seen.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
        Assert.True(finished == seen.Task, $"The command did not write the line awaited.\n{Output}\n{Error}");
    }

    /// <summary>Kills the process at once, as a crash would.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Waits for the command to end (at most five minutes) and returns its exit code.</summary>
    public async Task<int> ExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.Dispose();
    }

    private void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (text)
        {
            text.AppendLine(line);
            if (ReferenceEquals(text, error))
            {
                foreach (var wait in waits.Where(w => w.Wanted(line)).ToList())
                {
                    waits.Remove(wait);
                    wait.Seen.TrySetResult();
                }
            }
        }
    }
}
