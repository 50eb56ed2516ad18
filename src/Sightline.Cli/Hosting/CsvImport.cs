using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sightline.Core.Agencies;
using Sightline.Core.Intake;
using Sightline.Interop.Csv;
using Sightline.Interop.IntakeCsv;
using Sightline.Storage.Audit;
using Sightline.Storage.Protocols;

namespace Sightline.Cli.Hosting;

/// <summary>
/// Imports one agency CSV file in two streaming passes, so that a file of any length is never held
/// whole: the first checks every row (a file with a problem stores nothing, and every problem is
/// printed as <c>FILE:LINE:COLUMN: message</c>); the second stores the rows in batches, each one
/// transaction, written to the audit log and run through the protocols. Each event is stored once
/// by its source id, so an import stopped part-way (killed, Ctrl+C, a failure) is simply run
/// again: each batch whose source ids are all stored already is skipped after one query.
/// </summary>
internal sealed class CsvImport(FileInfo file, AgencyId agency, string? kind, int batchSize, TextWriter output, TextWriter error)
{
    /// <summary>Rows per batch unless <c>--batch-size</c> says otherwise.</summary>
    public const int DefaultBatchSize = 5_000;

    /// <summary>Problems printed before the rest are only counted.</summary>
    private const int ProblemsShown = 100;

    /// <summary>While checking, a progress line every so many rows.</summary>
    private const int CheckProgressRows = 100_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private string Name => file.Name;

    public async Task<int> RunAsync(Records records, CancellationToken cancellationToken)
    {
        if (!(await records.Store.ListAgenciesAsync(cancellationToken)).Any(a => a.Id == agency))
        {
            await error.WriteLineAsync($"import: agency '{agency.Value}' is not known to Sightline: every row is a record of the sending agency");
            return ExitCodes.BadInput;
        }
        var (length, written) = (file.Length, file.LastWriteTimeUtc);
        var checking = Stopwatch.StartNew();
        var rows = await CheckAsync(records, cancellationToken);
        var checkTime = checking.Elapsed;
        if (rows is null)
        {
            return ExitCodes.BadInput;
        }
        file.Refresh();
        if (file.Length != length || file.LastWriteTimeUtc != written)
        {
            await error.WriteLineAsync($"import: {Name} changed while it was being checked; nothing stored. Run the import again.");
            return ExitCodes.Failure;
        }
        var storing = Stopwatch.StartNew();
        var exit = await StoreAsync(records, rows.Value, cancellationToken);
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"import: {Name}: checked in {checkTime.TotalSeconds:0.0} s, stored in {storing.Elapsed.TotalSeconds:0.0} s ({rows.Value / Math.Max(storing.Elapsed.TotalSeconds, 0.001):N0} rows a second)"));
        return exit;
    }

    /// <summary>The first pass: every row checked; the number of rows, or null when the file has problems (printed).</summary>
    private async Task<int?> CheckAsync(Records records, CancellationToken cancellationToken)
    {
        var problems = 0;
        var rows = 0;
        async Task Report(CsvProblem problem)
        {
            if (++problems <= ProblemsShown)
            {
                await output.WriteLineAsync($"{Name}:{problem}");
            }
        }
        try
        {
            using var text = Open();
            var reader = new CsvRecordReader(text);
            if (OpenLayout(reader, out var header) is not { } intake)
            {
                foreach (var problem in header)
                {
                    await Report(problem);
                }
                return await Refused(problems);
            }
            var nextProgress = CheckProgressRows;
            await foreach (var chunk in Chunks(reader, intake).WithCancellation(cancellationToken))
            {
                var context = await records.Desk.ContextAsync(agency, intake.PersonsMentioned(chunk), cancellationToken);
                foreach (var problem in intake.Check(chunk, context))
                {
                    await Report(problem);
                }
                rows += chunk.Count;
                if (rows >= nextProgress)
                {
                    await error.WriteLineAsync($"import: {Name}: {rows.ToString("N0", CultureInfo.InvariantCulture)} rows checked");
                    nextProgress += CheckProgressRows;
                }
            }
        }
        catch (CsvFormatException bad)
        {
            await Report(new CsvProblem(bad.Line, bad.Column, bad.Message));
        }
        catch (DecoderFallbackException)
        {
            await Report(new CsvProblem(Math.Max(1, rows), 1, "not UTF-8: save the file as UTF-8 (Excel: CSV UTF-8)"));
        }
        if (problems > 0)
        {
            return await Refused(problems);
        }
        await error.WriteLineAsync($"import: {Name}: {Counted.Of(rows, "row")} checked, no problems");
        return rows;
    }

    private async Task<int?> Refused(int problems)
    {
        if (problems > ProblemsShown)
        {
            await output.WriteLineAsync($"{Name}: {(problems - ProblemsShown).ToString("N0", CultureInfo.InvariantCulture)} more problems not shown");
        }
        await error.WriteLineAsync($"import: {Name}: {Counted.Of(problems, "problem")}, so nothing was stored");
        return null;
    }

    /// <summary>The second pass: the rows stored in batches, skipping those an earlier run stored.</summary>
    private async Task<int> StoreAsync(Records records, int total, CancellationToken cancellationToken)
    {
        using var text = Open();
        var reader = new CsvRecordReader(text);
        var intake = OpenLayout(reader, out _) ?? throw new InvalidOperationException($"{Name} changed during the import.");
        var actor = new AuditRecord($"cli:{Environment.UserName}", agency, null, AuditAction.Write, null, "csv import", null, "command line");
        var (rows, stored, present, alerts) = (0, 0, 0, 0);
        IntakeBatch? skippedLast = null;
        await foreach (var chunk in Chunks(reader, intake).WithCancellation(cancellationToken))
        {
            rows += chunk.Count;
            var batch = intake.Build(chunk);
            var ids = intake.SourceIds(chunk);
            if (ids.Count > 0 && await records.Store.CountStoredSourceIdsAsync(agency, ids, cancellationToken) == ids.Count)
            {
                // Stored by an earlier run. The protocols ran after each batch it stored, except
                // perhaps the last, if it stopped in between: that one runs again below.
                present += ids.Count;
                skippedLast = batch;
                continue;
            }
            alerts += await RunSkippedAsync(records.Live, skippedLast, cancellationToken);
            skippedLast = null;
            var outcome = await records.Desk.DeliverAsync(batch, actor, $"csv import {Name}", cancellationToken);
            stored += outcome.Stored.EventsStored + (intake.IsPersons ? outcome.Stored.PersonsAdded + outcome.Stored.PersonsUpdated : 0);
            present += outcome.Stored.EventsAlreadyPresent;
            alerts += outcome.Run.AlertsRaised;
            await error.WriteLineAsync(
                $"import: {Name}: {Of(rows)} of {Of(total)} rows stored ({Of(stored)} new, {Of(present)} already present); {Counted.Of(alerts, "new alert")}");
        }
        alerts += await RunSkippedAsync(records.Live, skippedLast, cancellationToken);
        var what = intake.IsPersons
            ? $"{Counted.Of(stored, "person")} added or updated"
            : $"{Counted.Of(stored, "event")} stored, {Of(present)} already present";
        await output.WriteLineAsync($"{Name}: {Counted.Of(rows, "row")}: {what}; {Counted.Of(alerts, "new alert")}");
        return ExitCodes.Ok;
    }

    private static async Task<int> RunSkippedAsync(LiveProtocols live, IntakeBatch? skipped, CancellationToken cancellationToken) =>
        skipped is null ? 0 : (await live.RunAfterBatchAsync(skipped, cancellationToken)).AlertsRaised;

    private CsvIntake? OpenLayout(CsvRecordReader reader, out IReadOnlyList<CsvProblem> problems)
    {
        if (reader.Read() is not { } header)
        {
            problems = [new CsvProblem(1, 1, "the file is empty: its first line is the header, naming the columns")];
            return null;
        }
        var intake = CsvIntake.Open(header, kind, agency, out problems);
        return problems.Count == 0 ? intake : null;
    }

    /// <summary>The rows in chunks of about the batch size, never splitting what must be stored together.</summary>
    private async IAsyncEnumerable<IReadOnlyList<CsvRecord>> Chunks(CsvRecordReader reader, CsvIntake intake)
    {
        var chunk = new List<CsvRecord>(batchSize);
        while (reader.Read() is { } row)
        {
            if (chunk.Count >= batchSize && intake.MayStartChunk(chunk[^1], row))
            {
                yield return chunk;
                chunk = new List<CsvRecord>(batchSize);
            }
            chunk.Add(row);
        }
        if (chunk.Count > 0)
        {
            yield return chunk;
        }
        await Task.CompletedTask;
    }

    private StreamReader Open() =>
        new(file.FullName, StrictUtf8, detectEncodingFromByteOrderMarks: false, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });

    private static string Of(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
