namespace Sightline.Cli;

/// <summary>What the command line's exit codes mean.</summary>
public static class ExitCodes
{
    /// <summary>The work was done.</summary>
    public const int Ok = 0;

    /// <summary>The work itself failed (a replay check missed, the database could not be reached).</summary>
    public const int Failure = 1;

    /// <summary>Bad input or usage: nothing was stored.</summary>
    public const int BadInput = 2;
}
