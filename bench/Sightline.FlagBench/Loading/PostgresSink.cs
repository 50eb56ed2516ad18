using Npgsql;
using NpgsqlTypes;
using Sightline.FlagBench.Population;

namespace Sightline.FlagBench.Loading;

/// <summary>
/// Bulk loading into PostgreSQL: binary <c>COPY</c> into each table in turn on one connection, the
/// persons' secondary indexes built after the rows (with a generous <c>maintenance_work_mem</c>),
/// the events' identity moved past the sequences written, and <c>ANALYZE</c> at the end.
/// </summary>
internal sealed class PostgresSink(string connectionString) : IBulkSink
{
    /// <summary>A copy is finished when the server has checked every row against its keys and indexes: minutes for the larger tables.</summary>
    private static readonly TimeSpan CopyTimeout = TimeSpan.FromHours(1);

    private readonly NpgsqlConnection connection = new(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
    private readonly List<string> droppedIndexes = [];
    private NpgsqlBinaryImporter? persons;

    public async Task PrepareAsync()
    {
        await connection.OpenAsync();
        await ExecuteAsync("SET synchronous_commit = off; SET maintenance_work_mem = '1GB'");
        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'persons' AND indexname <> 'PK_persons'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, definition) in indexes)
        {
            droppedIndexes.Add(definition);
            await ExecuteAsync($"DROP INDEX \"{name}\"");
        }
    }

    public async Task AgenciesAsync(IReadOnlyList<AgencyData> agencies)
    {
        await using var copy = await connection.BeginBinaryImportAsync("COPY agencies (id, name, kind, local_authority, phone, email, out_of_hours_phone) FROM STDIN (FORMAT BINARY)");
        copy.Timeout = CopyTimeout;
        foreach (var a in agencies)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(a.Id, NpgsqlDbType.Text);
            await copy.WriteAsync(a.Name, NpgsqlDbType.Text);
            await copy.WriteAsync(a.Kind, NpgsqlDbType.Text);
            await copy.WriteAsync(a.Area, NpgsqlDbType.Text);
            await Text(copy, a.Phone);
            await Text(copy, a.Email);
            await Text(copy, a.OutOfHoursPhone);
        }
        await copy.CompleteAsync();
    }

    public async ValueTask PersonAsync(PersonData p)
    {
        if (persons is null)
        {
            persons = await connection.BeginBinaryImportAsync(
                "COPY persons (id, role, sex, born, due, nhs_number, name, gp_registered, local_authority, postcode, known_since) FROM STDIN (FORMAT BINARY)");
            persons.Timeout = CopyTimeout;
        }
        await persons.StartRowAsync();
        await persons.WriteAsync(p.Id, NpgsqlDbType.Text);
        await persons.WriteAsync(p.Role, NpgsqlDbType.Text);
        await persons.WriteAsync(p.Sex, NpgsqlDbType.Text);
        await Date(persons, p.Born);
        await Date(persons, p.Due);
        await Text(persons, p.NhsNumber);
        await persons.WriteAsync(p.Name, NpgsqlDbType.Text);
        await persons.WriteAsync(true, NpgsqlDbType.Boolean);
        await persons.WriteAsync(p.Area, NpgsqlDbType.Text);
        await persons.WriteAsync(p.Postcode, NpgsqlDbType.Text);
        await persons.WriteAsync(p.KnownSince, NpgsqlDbType.Date);
    }

    public async Task EndPersonsAsync()
    {
        if (persons is not null)
        {
            await persons.CompleteAsync();
            await persons.DisposeAsync();
            persons = null;
        }
    }

    public async Task FamiliesAsync(FamilyData data)
    {
        await CopyAsync("COPY households (id) FROM STDIN (FORMAT BINARY)", data.Households, async (copy, h) => await copy.WriteAsync(h.Id, NpgsqlDbType.Text));
        await CopyAsync("COPY household_members (household_id, person_id, position) FROM STDIN (FORMAT BINARY)",
            data.Households.SelectMany(h => h.Members.Select((m, i) => (h.Id, Member: m, Position: i))),
            async (copy, m) =>
            {
                await copy.WriteAsync(m.Id, NpgsqlDbType.Text);
                await copy.WriteAsync(m.Member, NpgsqlDbType.Text);
                await copy.WriteAsync(m.Position, NpgsqlDbType.Integer);
            });
        await CopyAsync("COPY relationships (from_person_id, to_person_id, type) FROM STDIN (FORMAT BINARY)", data.Relationships, async (copy, r) =>
        {
            await copy.WriteAsync(r.From, NpgsqlDbType.Text);
            await copy.WriteAsync(r.To, NpgsqlDbType.Text);
            await copy.WriteAsync(r.Type, NpgsqlDbType.Text);
        });
        await CopyAsync("COPY events (sequence, source_agency_id, source_id, kind, date, agency_id, payload, recorded_at) FROM STDIN (FORMAT BINARY)", data.Events, async (copy, e) =>
        {
            await copy.WriteAsync(e.Sequence, NpgsqlDbType.Bigint);
            await copy.WriteAsync(e.SourceAgency, NpgsqlDbType.Text);
            await copy.WriteAsync(e.SourceId, NpgsqlDbType.Text);
            await copy.WriteAsync(e.Kind, NpgsqlDbType.Text);
            await copy.WriteAsync(e.Date, NpgsqlDbType.Date);
            await copy.WriteAsync(e.Agency, NpgsqlDbType.Text);
            await copy.WriteAsync(e.Payload, NpgsqlDbType.Text);
            await copy.WriteAsync(e.RecordedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
        });
        await CopyAsync("COPY event_subjects (event_sequence, person_id) FROM STDIN (FORMAT BINARY)", data.Events, async (copy, e) =>
        {
            await copy.WriteAsync(e.Sequence, NpgsqlDbType.Bigint);
            await copy.WriteAsync(e.Subject, NpgsqlDbType.Text);
        });
        await CopyAsync("COPY plan_flags (child_id, plan, category, local_authority, started, ended) FROM STDIN (FORMAT BINARY)", data.PlanFlags, async (copy, f) =>
        {
            await copy.WriteAsync(f.Child, NpgsqlDbType.Text);
            await copy.WriteAsync(f.Plan, NpgsqlDbType.Text);
            await Text(copy, f.Category);
            await copy.WriteAsync(f.Area, NpgsqlDbType.Text);
            await copy.WriteAsync(f.Started, NpgsqlDbType.Date);
            await Date(copy, f.Ended);
        });
        await CopyAsync("COPY household_plans (person_id, member_id) FROM STDIN (FORMAT BINARY)", data.HouseholdPlans, async (copy, h) =>
        {
            await copy.WriteAsync(h.Person, NpgsqlDbType.Text);
            await copy.WriteAsync(h.Member, NpgsqlDbType.Text);
        });
        if (data.Events.Count > 0)
        {
            await ExecuteAsync($"SELECT setval(pg_get_serial_sequence('events', 'sequence'), {data.Events.Max(e => e.Sequence)})");
        }
    }

    public async Task FinishAsync(IReadOnlyDictionary<string, string> metadata)
    {
        foreach (var definition in droppedIndexes)
        {
            await ExecuteAsync(definition);
        }
        await ExecuteAsync("CREATE TABLE IF NOT EXISTS bench_population (name text PRIMARY KEY, value text NOT NULL)");
        foreach (var (name, value) in metadata)
        {
            await using var command = new NpgsqlCommand("INSERT INTO bench_population (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = name });
            command.Parameters.Add(new NpgsqlParameter { Value = value });
            await command.ExecuteNonQueryAsync();
        }
        await ExecuteAsync("ANALYZE");
        await ExecuteAsync("CHECKPOINT");
    }

    public async ValueTask DisposeAsync()
    {
        if (persons is not null)
        {
            await persons.DisposeAsync();
        }
        await connection.DisposeAsync();
    }

    private async Task CopyAsync<T>(string sql, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> write)
    {
        await using var copy = await connection.BeginBinaryImportAsync(sql);
        copy.Timeout = CopyTimeout;
        foreach (var row in rows)
        {
            await copy.StartRowAsync();
            await write(copy, row);
        }
        await copy.CompleteAsync();
    }

    private static async Task Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            await copy.WriteNullAsync();
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Text);
        }
    }

    private static async Task Date(NpgsqlBinaryImporter copy, DateOnly? value)
    {
        if (value is { } day)
        {
            await copy.WriteAsync(day, NpgsqlDbType.Date);
        }
        else
        {
            await copy.WriteNullAsync();
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
