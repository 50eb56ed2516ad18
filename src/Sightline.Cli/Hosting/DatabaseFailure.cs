using System.Data.Common;
using Sightline.Storage.Intake;

namespace Sightline.Cli.Hosting;

/// <summary>
/// The failures that end a command with exit code 1 and a one-line message rather than a stack
/// trace: the database unreachable, refusing a batch or lacking its migrations, a connection
/// string it cannot read, a file or folder it cannot write.
/// </summary>
internal static class DatabaseFailure
{
    public static bool Is(Exception exception) => exception is DbException
        or BatchRejectedException
        or InvalidOperationException
        or ArgumentException
        or IOException
        or UnauthorizedAccessException;
}
