using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sightline.Storage.Intake;

/// <summary>Reads the engines' error codes for a unique or primary key violation.</summary>
internal static class ConstraintViolations
{
    private const int SqliteConstraint = 19;
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    /// <summary>
    /// True when another writer stored the same key first, i.e. the check made before the
    /// insert went stale and a fresh attempt will find the row.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException switch
        {
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                && sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
            _ => false,
        };
}
