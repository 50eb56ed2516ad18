using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Protocols;
using Sightline.Interop.Policy;

namespace Sightline.Cli.Commands;

/// <summary>The <c>--policy FILE</c> option shared by every verb that runs the rules.</summary>
internal static class PolicyOption
{
    public static Option<FileInfo?> Create() => new("--policy")
    {
        Description = "A partnership policy file (sightline-policy/1); default: $SIGHTLINE_POLICY, else the contract's values.",
    };

    /// <summary>The engine for the chosen policy; a bad policy file throws <see cref="PolicyFileException"/>.</summary>
    public static ProtocolEngine Engine(FileInfo? file)
    {
        var path = file?.FullName ?? Environment.GetEnvironmentVariable("SIGHTLINE_POLICY");
        if (string.IsNullOrWhiteSpace(path))
        {
            return ProtocolEngine.Default;
        }
        var policy = PolicyFile.Read(path);
        return new ProtocolEngine(RuleCatalog.All, Core.Calendar.WorkingDayCalendar.EnglandAndWales, policy.Settings);
    }

    /// <summary>
    /// The engine for the chosen policy, or false with the policy file's problem written to
    /// <paramref name="error"/>: every verb refuses a bad policy file the same way (exit 2).
    /// </summary>
    public static bool TryEngine(FileInfo? file, TextWriter error, [NotNullWhen(true)] out ProtocolEngine? engine)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            engine = Engine(file);
            return true;
        }
        catch (PolicyFileException e)
        {
            error.WriteLine(e.Message);
            engine = null;
            return false;
        }
    }
}
