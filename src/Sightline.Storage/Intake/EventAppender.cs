using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Intake;

/// <summary>
/// Appends events with their subjects and family links in the caller's transaction, without the
/// change tracker: a batch of thousands of events is the hot path of intake, and EF's per-row
/// inserts cost about 150 µs an event. SQLite gets prepared statements, PostgreSQL binary COPY
/// with sequence numbers drawn first. The columns are those of <see cref="EventConfiguration"/>,
/// in the forms EF writes them (SQLite: dates as <c>yyyy-MM-dd</c> text, instants as UTC ticks).
/// A failure comes out as <see cref="DbUpdateException"/>, as it would from SaveChanges, so that
/// the store's retry and refusal work alike.
/// </summary>
internal static class EventAppender
{
    public static async Task AppendAsync(SightlineDbContext db, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Events are appended inside the batch's transaction.");
        try
        {
            if (db.Database.IsNpgsql())
            {
                await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, cancellationToken);
            }
            else
            {
                await InsertAsync(db.Database.GetDbConnection(), transaction, rows, cancellationToken);
            }
        }
        catch (DbException failed)
        {
            throw new DbUpdateException($"The events could not be stored: {failed.Message}", failed);
        }
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken)
    {
        await using var events = Command(connection, transaction,
            "INSERT INTO events (source_agency_id, source_id, kind, date, agency_id, payload, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING sequence", 7);
        await using var subjects = Command(connection, transaction, "INSERT INTO event_subjects (event_sequence, person_id) VALUES ($1, $2)", 2);
        await using var links = Command(connection, transaction, "INSERT INTO event_links (event_sequence, person_id, linked_person_id) VALUES ($1, $2, $3)", 3);
        foreach (var row in rows)
        {
            Set(events, row.SourceAgencyId, row.SourceId, row.Kind, row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.AgencyId, row.Payload, row.RecordedAt.UtcTicks);
            row.Sequence = Convert.ToInt64(await events.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            foreach (var subject in row.Subjects)
            {
                Set(subjects, row.Sequence, subject.PersonId);
                await subjects.ExecuteNonQueryAsync(cancellationToken);
            }
            foreach (var link in row.Links)
            {
                Set(links, row.Sequence, link.PersonId, link.LinkedPersonId);
                await links.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken)
    {
        await using (var draw = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('events', 'sequence')) FROM generate_series(1, $1)", connection))
        {
            draw.Parameters.Add(new NpgsqlParameter { Value = rows.Count });
            await using var reader = await draw.ExecuteReaderAsync(cancellationToken);
            var i = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[i++].Sequence = reader.GetInt64(0);
            }
        }
        await using (var events = await connection.BeginBinaryImportAsync(
            "COPY events (sequence, source_agency_id, source_id, kind, date, agency_id, payload, recorded_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await events.StartRowAsync(cancellationToken);
                await events.WriteAsync(row.Sequence, NpgsqlDbType.Bigint, cancellationToken);
                await events.WriteAsync(row.SourceAgencyId, NpgsqlDbType.Text, cancellationToken);
                await events.WriteAsync(row.SourceId, NpgsqlDbType.Text, cancellationToken);
                await events.WriteAsync(row.Kind, NpgsqlDbType.Text, cancellationToken);
                await events.WriteAsync(row.Date, NpgsqlDbType.Date, cancellationToken);
                await events.WriteAsync(row.AgencyId, NpgsqlDbType.Text, cancellationToken);
                await events.WriteAsync(row.Payload, NpgsqlDbType.Text, cancellationToken);
                await events.WriteAsync(row.RecordedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            }
            await events.CompleteAsync(cancellationToken);
        }
        await using (var subjects = await connection.BeginBinaryImportAsync("COPY event_subjects (event_sequence, person_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                foreach (var subject in row.Subjects)
                {
                    await subjects.WriteRowAsync(cancellationToken, row.Sequence, subject.PersonId);
                }
            }
            await subjects.CompleteAsync(cancellationToken);
        }
        if (rows.Any(r => r.Links.Count > 0))
        {
            await using var links = await connection.BeginBinaryImportAsync("COPY event_links (event_sequence, person_id, linked_person_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                foreach (var link in row.Links)
                {
                    await links.WriteRowAsync(cancellationToken, row.Sequence, link.PersonId, link.LinkedPersonId);
                }
            }
            await links.CompleteAsync(cancellationToken);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"${i}";
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static void Set(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
