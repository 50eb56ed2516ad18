using System.Data.Common;
using Sightline.Storage.Intake;

namespace Sightline.Cli.Hosting;

/// <summary>The failures of the database (unreachable, refusing, missing migrations) that end a command with exit code 1.</summary>
internal static class DatabaseFailure
{
    public static bool Is(Exception exception) => exception is DbException
        or BatchRejectedException
        or InvalidOperationException
        or IOException
        or UnauthorizedAccessException;
}
