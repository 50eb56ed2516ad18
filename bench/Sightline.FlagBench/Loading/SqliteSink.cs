using System.Globalization;
using Microsoft.Data.Sqlite;
using Sightline.FlagBench.Population;

namespace Sightline.FlagBench.Loading;

/// <summary>
/// Bulk loading into SQLite: one connection, prepared inserts in large transactions, synchronous
/// writes off for the load (the file is fsynced at the end), and the persons' secondary indexes
/// built after the rows. The file is left in WAL mode, which is what a concurrently read and
/// written SQLite database needs.
/// </summary>
internal sealed class SqliteSink(string connectionString) : IBulkSink
{
    private const int RowsPerTransaction = 500_000;

    private readonly SqliteConnection connection = new(connectionString);
    private readonly List<string> droppedIndexes = [];
    private SqliteTransaction? transaction;
    private SqliteCommand? insertPerson;
    private int pending;

    public async Task PrepareAsync()
    {
        await connection.OpenAsync();
        await ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY;");
        var names = new List<string>();
        await using (var indexes = connection.CreateCommand())
        {
            indexes.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'persons' AND sql IS NOT NULL";
            await using var reader = await indexes.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
                droppedIndexes.Add(reader.GetString(1));
            }
        }
        foreach (var name in names)
        {
            await ExecuteAsync($"DROP INDEX \"{name}\"");
        }
        transaction = connection.BeginTransaction();
    }

    public async Task AgenciesAsync(IReadOnlyList<AgencyData> agencies)
    {
        foreach (var a in agencies)
        {
            await InsertAsync("agencies", ["id", "name", "kind", "local_authority", "phone", "email", "out_of_hours_phone"],
                [a.Id, a.Name, a.Kind, a.Area, a.Phone, a.Email, a.OutOfHoursPhone]);
        }
    }

    public async ValueTask PersonAsync(PersonData p)
    {
        insertPerson ??= Prepare("persons", ["id", "role", "sex", "born", "due", "nhs_number", "name", "gp_registered", "local_authority", "postcode", "known_since"]);
        Bind(insertPerson, [p.Id, p.Role, p.Sex, Day(p.Born), Day(p.Due), p.NhsNumber, p.Name, 1, p.Area, p.Postcode, Day(p.KnownSince)]);
        await insertPerson.ExecuteNonQueryAsync();
        await CommitEveryAsync();
    }

    public async Task EndPersonsAsync() => await CommitAsync();

    public async Task FamiliesAsync(FamilyData data)
    {
        foreach (var h in data.Households)
        {
            await InsertAsync("households", ["id"], [h.Id]);
            for (var i = 0; i < h.Members.Count; i++)
            {
                await InsertAsync("household_members", ["household_id", "person_id", "position"], [h.Id, h.Members[i], i]);
            }
            await CommitEveryAsync();
        }
        foreach (var r in data.Relationships)
        {
            await InsertAsync("relationships", ["from_person_id", "to_person_id", "type"], [r.From, r.To, r.Type]);
            await CommitEveryAsync();
        }
        foreach (var e in data.Events)
        {
            await InsertAsync("events", ["sequence", "source_agency_id", "source_id", "kind", "date", "agency_id", "payload", "recorded_at"],
                [e.Sequence, e.SourceAgency, e.SourceId, e.Kind, Day(e.Date), e.Agency, e.Payload, e.RecordedAt.UtcTicks]);
            await InsertAsync("event_subjects", ["event_sequence", "person_id"], [e.Sequence, e.Subject]);
            await CommitEveryAsync();
        }
        foreach (var f in data.PlanFlags)
        {
            await InsertAsync("plan_flags", ["child_id", "plan", "category", "local_authority", "started", "ended"], [f.Child, f.Plan, f.Category, f.Area, Day(f.Started), Day(f.Ended)]);
        }
        foreach (var h in data.HouseholdPlans)
        {
            await InsertAsync("household_plans", ["person_id", "member_id"], [h.Person, h.Member]);
        }
        await CommitAsync();
    }

    public async Task FinishAsync(IReadOnlyDictionary<string, string> metadata)
    {
        foreach (var sql in droppedIndexes)
        {
            await ExecuteAsync(sql);
        }
        await ExecuteAsync("CREATE TABLE IF NOT EXISTS bench_population (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
        foreach (var (name, value) in metadata)
        {
            await InsertAsync("bench_population", ["name", "value"], [name, value], replace: true);
        }
        await transaction!.CommitAsync();
        await transaction.DisposeAsync();
        transaction = null;
        await ExecuteAsync("ANALYZE");
        await ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }
        if (insertPerson is not null)
        {
            await insertPerson.DisposeAsync();
        }
        foreach (var command in prepared.Values)
        {
            await command.DisposeAsync();
        }
        await connection.DisposeAsync();
    }

    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

    private async Task InsertAsync(string table, string[] columns, object?[] values, bool replace = false)
    {
        var key = $"{table}:{replace}";
        if (!prepared.TryGetValue(key, out var command))
        {
            command = Prepare(table, columns, replace);
            prepared[key] = command;
        }
        Bind(command, values);
        await command.ExecuteNonQueryAsync();
        pending++;
    }

    private SqliteCommand Prepare(string table, string[] columns, bool replace = false)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT {(replace ? "OR REPLACE " : "")}INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private async Task CommitEveryAsync()
    {
        if (++pending >= RowsPerTransaction)
        {
            await CommitAsync();
        }
    }

    private async Task CommitAsync()
    {
        await transaction!.CommitAsync();
        await transaction.DisposeAsync();
        transaction = connection.BeginTransaction();
        foreach (var command in prepared.Values.Append(insertPerson).OfType<SqliteCommand>())
        {
            command.Transaction = transaction;
        }
        pending = 0;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
