using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sightline.FlagBench.Measure;

/// <summary>
/// <c>floor</c>: the check's reads issued straight at the database, with no application in
/// between — the person by NHS number, the records linked to them, the flags of the person and
/// their household, the area's contacts when flagged, the latest 25 attendances — each worker on
/// its own open connection with prepared commands. What no implementation of the check could beat
/// on this machine and engine; the audit append is left out, as it is a write, not the query.
/// </summary>
internal static class FloorRun
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        var database = BenchDatabase.From(args);
        var checks = args.Int("checks", 20_000);
        var concurrency = args.Int("concurrency", 8);
        var targets = await CheckSample.DrawAsync(database, checks, args.Double("flagged-share", 0), args.Double("unknown-share", 0), args.Int("seed", 7));
        var cutoff = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-365);
        Console.WriteLine($"floor: {database.Describe}, {checks:N0} checks by NHS number, {concurrency} at a time");
        var latencies = new Latencies();
        var next = -1;
        var started = new Stopwatch();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            await using var connection = await database.OpenAsync();
            var queries = new Queries(connection, database.IsSqlite);
            foreach (var target in targets.Take(200))
            {
                await queries.CheckAsync(target.NhsNumber, cutoff);
            }
            await ready.Task;
            int i;
            while ((i = Interlocked.Increment(ref next)) < targets.Count)
            {
                var begin = Stopwatch.GetTimestamp();
                var outcome = await queries.CheckAsync(targets[i].NhsNumber, cutoff);
                latencies.Add(outcome, Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
            }
        })).ToArray();
        await Task.Delay(2000);
        var cpu = Environment.CpuUsage.TotalTime;
        started.Start();
        ready.SetResult();
        await Task.WhenAll(workers);
        latencies.Print("floor", started.Elapsed, Environment.CpuUsage.TotalTime - cpu);
        return 0;
    }

    /// <summary>The check's reads as SQL, prepared once per connection.</summary>
    private sealed class Queries
    {
        private static readonly string[] ParameterNames = ["n", "id", "cut", "area"];

        private readonly bool sqlite;
        private readonly DbCommand person;
        private readonly DbCommand linked;
        private readonly DbCommand cluster;
        private readonly DbCommand flags;
        private readonly DbCommand contacts;
        private readonly DbCommand attendances;

        public Queries(DbConnection connection, bool sqlite)
        {
            this.sqlite = sqlite;
            person = Command(connection, "SELECT id FROM persons WHERE nhs_number = @n");
            linked = Command(connection, "SELECT id, resolved_id FROM persons WHERE id = @id");
            cluster = Command(connection, "SELECT id, resolved_id FROM persons WHERE resolved_id = @id");
            flags = Command(connection,
                "SELECT f.child_id, f.plan, f.category, f.local_authority, f.started, f.ended, p.name, p.role FROM plan_flags f JOIN persons p ON p.id = f.child_id "
                + "WHERE f.child_id = @id AND f.plan <> 'child-in-need' AND (f.ended IS NULL OR f.ended >= @cut) "
                + "UNION ALL "
                + "SELECT f.child_id, f.plan, f.category, f.local_authority, f.started, f.ended, p.name, p.role FROM household_plans h "
                + "JOIN plan_flags f ON f.child_id = h.member_id JOIN persons p ON p.id = f.child_id "
                + "WHERE h.person_id = @id AND f.plan <> 'child-in-need' AND (f.ended IS NULL OR f.ended >= @cut)");
            contacts = Command(connection, "SELECT id, name, phone, email, out_of_hours_phone FROM agencies WHERE kind = 'childrens-social-care' AND local_authority = @area");
            attendances = Command(connection,
                "SELECT s.person_id, e.sequence, e.date, e.agency_id, a.name, e.payload FROM event_subjects s "
                + "JOIN events e ON e.sequence = s.event_sequence JOIN agencies a ON a.id = e.agency_id "
                + "WHERE s.person_id = @id AND e.kind = 'attendance' ORDER BY e.date DESC, e.sequence DESC LIMIT 25");
        }

        public async Task<string> CheckAsync(string nhsNumber, DateOnly cutoff)
        {
            Set(person, "n", nhsNumber);
            var id = await person.ExecuteScalarAsync() as string;
            if (id is null)
            {
                return "no-record";
            }
            Set(linked, "id", id);
            string? resolved;
            await using (var reader = await linked.ExecuteReaderAsync())
            {
                resolved = await reader.ReadAsync() && !reader.IsDBNull(1) ? reader.GetString(1) : null;
            }
            if (resolved is not null)
            {
                Set(cluster, "id", resolved);
                await DrainAsync(cluster);
            }
            Set(flags, "id", id);
            Set(flags, "cut", sqlite ? cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : cutoff);
            var areas = new List<string>();
            await using (var reader = await flags.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    areas.Add(reader.GetString(3));
                }
            }
            foreach (var area in areas.Distinct())
            {
                Set(contacts, "area", area);
                await DrainAsync(contacts);
            }
            Set(attendances, "id", id);
            await DrainAsync(attendances);
            return areas.Count > 0 ? "flags" : "no-flags";
        }

        private static async Task DrainAsync(DbCommand command)
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }

        private DbCommand Command(DbConnection connection, string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sqlite ? sql.Replace("@", "$", StringComparison.Ordinal) : sql;
            foreach (var name in ParameterNames.Where(n => sql.Contains($"@{n}", StringComparison.Ordinal)))
            {
                DbParameter parameter = sqlite ? new SqliteParameter($"${name}", "") : new NpgsqlParameter(name, "");
                command.Parameters.Add(parameter);
            }
            return command;
        }

        private void Set(DbCommand command, string name, object value) =>
            command.Parameters[sqlite ? $"${name}" : name].Value = value;
    }
}
