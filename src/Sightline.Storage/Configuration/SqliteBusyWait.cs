using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sightline.Storage.Configuration;

/// <summary>
/// Makes a SQLite connection that finds the database locked by another writer wait inside SQLite
/// (<c>sqlite3_busy_timeout</c>), which retries within a millisecond or two of the lock coming
/// free. Without it Microsoft.Data.Sqlite retries on its own, sleeping 150 ms between attempts, so
/// an audit append that meets a write transaction a few milliseconds long waits 150 ms: the flag
/// check's p99 at national scale. The wait is as long as the connection's command timeout.
/// </summary>
internal sealed class SqliteBusyWait : DbConnectionInterceptor
{
    public static SqliteBusyWait Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Wait(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wait(connection);
        return Task.CompletedTask;
    }

    private static void Wait(DbConnection connection)
    {
        // Set on each opening: a pooled handle keeps it, and the call costs nanoseconds.
        if (connection is SqliteConnection sqlite && sqlite.Handle is { } handle)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, checked(sqlite.DefaultTimeout * 1000));
        }
    }
}
